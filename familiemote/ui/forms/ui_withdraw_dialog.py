# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'withdraw_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit)

from familiemote.ui.forms_base import DayEdit

class Ui_WithdrawDialog(object):
    def setupUi(self, withdrawRows):
        if not withdrawRows.objectName():
            withdrawRows.setObjectName(u"withdrawRows")
        self.formLayout = QFormLayout(withdrawRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.consentLabel = QLabel(withdrawRows)
        self.consentLabel.setObjectName(u"consentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentCombo = QComboBox(withdrawRows)
        self.consentCombo.setObjectName(u"consentCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consentCombo)

        self.scopeLabel = QLabel(withdrawRows)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCombo = QComboBox(withdrawRows)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.dateLabel = QLabel(withdrawRows)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.withdrawnDate = DayEdit(withdrawRows)
        self.withdrawnDate.setObjectName(u"withdrawnDate")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.withdrawnDate)

        self.channelLabel = QLabel(withdrawRows)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(withdrawRows)
        self.channelCombo.addItem("")
        self.channelCombo.addItem("")
        self.channelCombo.addItem("")
        self.channelCombo.addItem("")
        self.channelCombo.addItem("")
        self.channelCombo.addItem("")
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.noteLabel = QLabel(withdrawRows)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(withdrawRows)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)

#if QT_CONFIG(shortcut)
        self.consentLabel.setBuddy(self.consentCombo)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.dateLabel.setBuddy(self.withdrawnDate)
        self.channelLabel.setBuddy(self.channelCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(withdrawRows)

        QMetaObject.connectSlotsByName(withdrawRows)
    # setupUi

    def retranslateUi(self, withdrawRows):
        self.consentLabel.setText(QCoreApplication.translate("WithdrawDialog", u"&Samtykke:", None))
        self.scopeLabel.setText(QCoreApplication.translate("WithdrawDialog", u"&Gjelder:", None))
        self.dateLabel.setText(QCoreApplication.translate("WithdrawDialog", u"&Fra dato:", None))
#if QT_CONFIG(accessibility)
        self.withdrawnDate.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"Dato samtykket trekkes tilbake fra", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("WithdrawDialog", u"&Meddelt:", None))
        self.channelCombo.setItemText(0, QCoreApplication.translate("WithdrawDialog", u"Muntlig i samtale", None))
        self.channelCombo.setItemText(1, QCoreApplication.translate("WithdrawDialog", u"Telefon", None))
        self.channelCombo.setItemText(2, QCoreApplication.translate("WithdrawDialog", u"Brev", None))
        self.channelCombo.setItemText(3, QCoreApplication.translate("WithdrawDialog", u"E-post", None))
        self.channelCombo.setItemText(4, QCoreApplication.translate("WithdrawDialog", u"Digital melding", None))
        self.channelCombo.setItemText(5, QCoreApplication.translate("WithdrawDialog", u"Annet", None))

        self.noteLabel.setText(QCoreApplication.translate("WithdrawDialog", u"M&erknad:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("WithdrawDialog", u"For eksempel \u00abFar ringte helsesykepleier\u00bb", None))
        pass
    # retranslateUi

