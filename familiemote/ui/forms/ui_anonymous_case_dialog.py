# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'anonymous_case_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QPlainTextEdit,
    QSpinBox)

class Ui_AnonymousCaseDialog(object):
    def setupUi(self, anonymousRows):
        if not anonymousRows.objectName():
            anonymousRows.setObjectName(u"anonymousRows")
        self.formLayout = QFormLayout(anonymousRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.yearLabel = QLabel(anonymousRows)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(anonymousRows)
        self.yearSpin.setObjectName(u"yearSpin")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.concernByLabel = QLabel(anonymousRows)
        self.concernByLabel.setObjectName(u"concernByLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.concernByLabel)

        self.concernByCombo = QComboBox(anonymousRows)
        self.concernByCombo.setObjectName(u"concernByCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.concernByCombo)

        self.initiatingLabel = QLabel(anonymousRows)
        self.initiatingLabel.setObjectName(u"initiatingLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.initiatingLabel)

        self.initiatingCombo = QComboBox(anonymousRows)
        self.initiatingCombo.addItem("")
        self.initiatingCombo.setObjectName(u"initiatingCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.initiatingCombo)

        self.coordinatorLabel = QLabel(anonymousRows)
        self.coordinatorLabel.setObjectName(u"coordinatorLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.coordinatorLabel)

        self.coordinatorCombo = QComboBox(anonymousRows)
        self.coordinatorCombo.addItem("")
        self.coordinatorCombo.setObjectName(u"coordinatorCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.coordinatorCombo)

        self.concernLabel = QLabel(anonymousRows)
        self.concernLabel.setObjectName(u"concernLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.concernLabel)

        self.concernEdit = QPlainTextEdit(anonymousRows)
        self.concernEdit.setObjectName(u"concernEdit")
        self.concernEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.concernEdit)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.concernByLabel.setBuddy(self.concernByCombo)
        self.initiatingLabel.setBuddy(self.initiatingCombo)
        self.coordinatorLabel.setBuddy(self.coordinatorCombo)
        self.concernLabel.setBuddy(self.concernEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(anonymousRows)

        QMetaObject.connectSlotsByName(anonymousRows)
    # setupUi

    def retranslateUi(self, anonymousRows):
        self.yearLabel.setText(QCoreApplication.translate("AnonymousCaseDialog", u"Barnets &f\u00f8dsels\u00e5r:", None))
        self.concernByLabel.setText(QCoreApplication.translate("AnonymousCaseDialog", u"Bekymring meldt &av:", None))
        self.initiatingLabel.setText(QCoreApplication.translate("AnonymousCaseDialog", u"&Initiativtaker:", None))
        self.initiatingCombo.setItemText(0, QCoreApplication.translate("AnonymousCaseDialog", u"(ikke valgt)", None))

        self.coordinatorLabel.setText(QCoreApplication.translate("AnonymousCaseDialog", u"&Kontaktperson:", None))
        self.coordinatorCombo.setItemText(0, QCoreApplication.translate("AnonymousCaseDialog", u"(ikke valgt)", None))

        self.concernLabel.setText(QCoreApplication.translate("AnonymousCaseDialog", u"&Bekymringen (uten navn):", None))
        self.concernEdit.setPlaceholderText(QCoreApplication.translate("AnonymousCaseDialog", u"For eksempel: jente, 3. klasse, mye frav\u00e6r, vondt i magen om morgenen", None))
        pass
    # retranslateUi

