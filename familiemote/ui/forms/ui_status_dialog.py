# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QPlainTextEdit)

class Ui_StatusDialog(object):
    def setupUi(self, statusRows):
        if not statusRows.objectName():
            statusRows.setObjectName(u"statusRows")
        self.formLayout = QFormLayout(statusRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.actionLabel = QLabel(statusRows)
        self.actionLabel.setObjectName(u"actionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionText = QLabel(statusRows)
        self.actionText.setObjectName(u"actionText")
        self.actionText.setWordWrap(True)
        self.actionText.setTextFormat(Qt.PlainText)
        self.actionText.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionText)

        self.statusLabel = QLabel(statusRows)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(statusRows)
        self.status.setObjectName(u"status")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status)

        self.reasonLabel = QLabel(statusRows)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(statusRows)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.hint = QLabel(statusRows)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.PlainText)
        self.hint.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.hint)

#if QT_CONFIG(shortcut)
        self.actionLabel.setBuddy(self.actionText)
        self.statusLabel.setBuddy(self.status)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(statusRows)

        QMetaObject.connectSlotsByName(statusRows)
    # setupUi

    def retranslateUi(self, statusRows):
        self.actionLabel.setText(QCoreApplication.translate("StatusDialog", u"Tiltak:", None))
        self.statusLabel.setText(QCoreApplication.translate("StatusDialog", u"Ny &status:", None))
        self.reasonLabel.setText(QCoreApplication.translate("StatusDialog", u"&Begrunnelse:", None))
        self.hint.setText(QCoreApplication.translate("StatusDialog", u"\u00abIkke utf\u00f8rt\u00bb og \u00abAvlyst\u00bb m\u00e5 begrunnes. Skal noen andre ta over, bruk \u00abOverlever \u2026\u00bb i stedet.", None))
        pass
    # retranslateUi

