# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'child_view_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QPlainTextEdit)

from familiemote.ui.forms_base import DayEdit

class Ui_ChildViewDialog(object):
    def setupUi(self, childViewRows):
        if not childViewRows.objectName():
            childViewRows.setObjectName(u"childViewRows")
        self.formLayout = QFormLayout(childViewRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.dateLabel = QLabel(childViewRows)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.heardDate = DayEdit(childViewRows)
        self.heardDate.setObjectName(u"heardDate")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heardDate)

        self.viewLabel = QLabel(childViewRows)
        self.viewLabel.setObjectName(u"viewLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.viewLabel)

        self.viewEdit = QPlainTextEdit(childViewRows)
        self.viewEdit.setObjectName(u"viewEdit")
        self.viewEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.viewEdit)

        self.recorderLabel = QLabel(childViewRows)
        self.recorderLabel.setObjectName(u"recorderLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recorderLabel)

        self.recorderEdit = QLineEdit(childViewRows)
        self.recorderEdit.setObjectName(u"recorderEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recorderEdit)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.heardDate)
        self.viewLabel.setBuddy(self.viewEdit)
        self.recorderLabel.setBuddy(self.recorderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(childViewRows)

        QMetaObject.connectSlotsByName(childViewRows)
    # setupUi

    def retranslateUi(self, childViewRows):
        self.dateLabel.setText(QCoreApplication.translate("ChildViewDialog", u"&Dato:", None))
#if QT_CONFIG(accessibility)
        self.heardDate.setAccessibleName(QCoreApplication.translate("ChildViewDialog", u"Dato barnet ble h\u00f8rt", None))
#endif // QT_CONFIG(accessibility)
        self.viewLabel.setText(QCoreApplication.translate("ChildViewDialog", u"Barnets &syn:", None))
        self.viewEdit.setPlaceholderText(QCoreApplication.translate("ChildViewDialog", u"Hva barnet selv sier, gjerne med egne ord", None))
        self.recorderLabel.setText(QCoreApplication.translate("ChildViewDialog", u"&Registrert av:", None))
        pass
    # retranslateUi

