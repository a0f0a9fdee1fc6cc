# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'me_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit)

class Ui_MeDialog(object):
    def setupUi(self, meRows):
        if not meRows.objectName():
            meRows.setObjectName(u"meRows")
        self.formLayout = QFormLayout(meRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(meRows)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(meRows)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.serviceLabel = QLabel(meRows)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceCombo = QComboBox(meRows)
        self.serviceCombo.addItem("")
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.titleLabel = QLabel(meRows)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(meRows)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.serviceLabel.setBuddy(self.serviceCombo)
        self.titleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(meRows)

        QMetaObject.connectSlotsByName(meRows)
    # setupUi

    def retranslateUi(self, meRows):
        self.nameLabel.setText(QCoreApplication.translate("MeDialog", u"&Navn:", None))
        self.serviceLabel.setText(QCoreApplication.translate("MeDialog", u"&Tjeneste:", None))
        self.serviceCombo.setItemText(0, QCoreApplication.translate("MeDialog", u"(ingen tjeneste)", None))

        self.titleLabel.setText(QCoreApplication.translate("MeDialog", u"&Rolle / stilling:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("MeDialog", u"for eksempel Helsesykepleier", None))
        pass
    # retranslateUi

