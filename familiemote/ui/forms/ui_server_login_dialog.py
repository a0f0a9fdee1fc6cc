# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_login_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout)

class Ui_ServerLoginDialog(object):
    def setupUi(self, ServerLoginDialog):
        if not ServerLoginDialog.objectName():
            ServerLoginDialog.setObjectName(u"ServerLoginDialog")
        self.outer = QVBoxLayout(ServerLoginDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(ServerLoginDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.userLabel = QLabel(ServerLoginDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(ServerLoginDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(ServerLoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(ServerLoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.outer.addLayout(self.formLayout)

        self.errorLabel = QLabel(ServerLoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(ServerLoginDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServerLoginDialog)

        QMetaObject.connectSlotsByName(ServerLoginDialog)
    # setupUi

    def retranslateUi(self, ServerLoginDialog):
        ServerLoginDialog.setWindowTitle(QCoreApplication.translate("ServerLoginDialog", u"Logg p\u00e5 databaseserveren", None))
        self.userLabel.setText(QCoreApplication.translate("ServerLoginDialog", u"&Brukernavn:", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("ServerLoginDialog", u"Brukernavn p\u00e5 databaseserveren", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("ServerLoginDialog", u"&Passord:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ServerLoginDialog", u"Passord p\u00e5 databaseserveren", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ServerLoginDialog", u"Feilmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

