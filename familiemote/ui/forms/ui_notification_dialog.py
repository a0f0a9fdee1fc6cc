# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notification_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit)

class Ui_NotificationDialog(object):
    def setupUi(self, notificationRows):
        if not notificationRows.objectName():
            notificationRows.setObjectName(u"notificationRows")
        self.formLayout = QFormLayout(notificationRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.recipientLabel = QLabel(notificationRows)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipient = QLabel(notificationRows)
        self.recipient.setObjectName(u"recipient")
        self.recipient.setWordWrap(True)
        self.recipient.setTextFormat(Qt.PlainText)
        self.recipient.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipient)

        self.doneByLabel = QLabel(notificationRows)
        self.doneByLabel.setObjectName(u"doneByLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.doneByLabel)

        self.doneBy = QLineEdit(notificationRows)
        self.doneBy.setObjectName(u"doneBy")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.doneBy)

        self.noteLabel = QLabel(notificationRows)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(notificationRows)
        self.note.setObjectName(u"note")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)

#if QT_CONFIG(shortcut)
        self.recipientLabel.setBuddy(self.recipient)
        self.doneByLabel.setBuddy(self.doneBy)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(notificationRows)

        QMetaObject.connectSlotsByName(notificationRows)
    # setupUi

    def retranslateUi(self, notificationRows):
        self.recipientLabel.setText(QCoreApplication.translate("NotificationDialog", u"Mottaker:", None))
        self.doneByLabel.setText(QCoreApplication.translate("NotificationDialog", u"Beskjed gitt &av:", None))
        self.noteLabel.setText(QCoreApplication.translate("NotificationDialog", u"&Hvordan beskjeden ble gitt:", None))
        pass
    # retranslateUi

