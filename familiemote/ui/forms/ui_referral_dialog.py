# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referral_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout)

from familiemote.ui.forms_base import DayEdit

class Ui_ReferralDialog(object):
    def setupUi(self, referralRows):
        if not referralRows.objectName():
            referralRows.setObjectName(u"referralRows")
        self.formLayout = QFormLayout(referralRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.targetLabel = QLabel(referralRows)
        self.targetLabel.setObjectName(u"targetLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCombo = QComboBox(referralRows)
        self.targetCombo.setObjectName(u"targetCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.checklistBox = QGroupBox(referralRows)
        self.checklistBox.setObjectName(u"checklistBox")
        self.checklistLayout = QVBoxLayout(self.checklistBox)
        self.checklistLayout.setObjectName(u"checklistLayout")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.checklistBox)

        self.notesLabel = QLabel(referralRows)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(referralRows)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 90))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.notesEdit)

        self.byLabel = QLabel(referralRows)
        self.byLabel.setObjectName(u"byLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.byLabel)

        self.byEdit = QLineEdit(referralRows)
        self.byEdit.setObjectName(u"byEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.byEdit)

        self.sentLayout = QHBoxLayout()
        self.sentLayout.setObjectName(u"sentLayout")
        self.sentCheck = QCheckBox(referralRows)
        self.sentCheck.setObjectName(u"sentCheck")

        self.sentLayout.addWidget(self.sentCheck)

        self.sentDate = DayEdit(referralRows)
        self.sentDate.setObjectName(u"sentDate")
        self.sentDate.setEnabled(False)

        self.sentLayout.addWidget(self.sentDate)

        self.sentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sentLayout.addItem(self.sentSpacer)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.sentLayout)

        self.moveCheck = QCheckBox(referralRows)
        self.moveCheck.setObjectName(u"moveCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.moveCheck)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.setItem(7, QFormLayout.ItemRole.SpanningRole, self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.targetLabel.setBuddy(self.targetCombo)
        self.notesLabel.setBuddy(self.notesEdit)
        self.byLabel.setBuddy(self.byEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(referralRows)
        self.sentCheck.toggled.connect(self.sentDate.setEnabled)

        QMetaObject.connectSlotsByName(referralRows)
    # setupUi

    def retranslateUi(self, referralRows):
        self.targetLabel.setText(QCoreApplication.translate("ReferralDialog", u"Henvises &til:", None))
#if QT_CONFIG(accessibility)
        self.targetCombo.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Henvises til", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("ReferralDialog", u"N&otater (hva mangler, hvem gj\u00f8r det):", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Notater til sjekklisten", None))
#endif // QT_CONFIG(accessibility)
        self.byLabel.setText(QCoreApplication.translate("ReferralDialog", u"&Henviser:", None))
#if QT_CONFIG(accessibility)
        self.byEdit.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Henviser", None))
#endif // QT_CONFIG(accessibility)
        self.byEdit.setPlaceholderText(QCoreApplication.translate("ReferralDialog", u"vanligvis fastlegen", None))
        self.sentCheck.setText(QCoreApplication.translate("ReferralDialog", u"Henvisningen er &sendt, dato:", None))
#if QT_CONFIG(accessibility)
        self.sentDate.setAccessibleName(QCoreApplication.translate("ReferralDialog", u"Dato henvisningen ble sendt", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

