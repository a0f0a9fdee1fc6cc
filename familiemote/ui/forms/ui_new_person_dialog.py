# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_person_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit)

class Ui_NewPersonDialog(object):
    def setupUi(self, personRows):
        if not personRows.objectName():
            personRows.setObjectName(u"personRows")
        self.formLayout = QFormLayout(personRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(personRows)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(personRows)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.titleLabel = QLabel(personRows)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(personRows)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.serviceLabel = QLabel(personRows)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceCombo = QComboBox(personRows)
        self.serviceCombo.addItem("")
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.phoneLabel = QLabel(personRows)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(personRows)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(personRows)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(personRows)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.serviceLabel.setBuddy(self.serviceCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(personRows)

        QMetaObject.connectSlotsByName(personRows)
    # setupUi

    def retranslateUi(self, personRows):
        self.nameLabel.setText(QCoreApplication.translate("NewPersonDialog", u"&Navn:", None))
        self.titleLabel.setText(QCoreApplication.translate("NewPersonDialog", u"&Stilling:", None))
        self.serviceLabel.setText(QCoreApplication.translate("NewPersonDialog", u"&Tjeneste:", None))
        self.serviceCombo.setItemText(0, QCoreApplication.translate("NewPersonDialog", u"(ingen tjeneste)", None))

        self.phoneLabel.setText(QCoreApplication.translate("NewPersonDialog", u"Tele&fon:", None))
        self.emailLabel.setText(QCoreApplication.translate("NewPersonDialog", u"&E-post:", None))
        pass
    # retranslateUi

