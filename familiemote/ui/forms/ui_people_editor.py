# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_editor.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit)

class Ui_PeopleEditor(object):
    def setupUi(self, peopleRows):
        if not peopleRows.objectName():
            peopleRows.setObjectName(u"peopleRows")
        self.formLayout = QFormLayout(peopleRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(peopleRows)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(peopleRows)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.serviceLabel = QLabel(peopleRows)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceCombo = QComboBox(peopleRows)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.titleLabel = QLabel(peopleRows)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(peopleRows)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.phoneLabel = QLabel(peopleRows)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(peopleRows)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(peopleRows)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(peopleRows)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.loginLabel = QLabel(peopleRows)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(peopleRows)
        self.loginEdit.setObjectName(u"loginEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.loginEdit)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.serviceLabel.setBuddy(self.serviceCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.loginLabel.setBuddy(self.loginEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(peopleRows)

        QMetaObject.connectSlotsByName(peopleRows)
    # setupUi

    def retranslateUi(self, peopleRows):
        self.nameLabel.setText(QCoreApplication.translate("PeopleEditor", u"Na&vn:", None))
        self.serviceLabel.setText(QCoreApplication.translate("PeopleEditor", u"Tj&eneste:", None))
        self.titleLabel.setText(QCoreApplication.translate("PeopleEditor", u"St&illing:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PeopleEditor", u"&Telefon:", None))
        self.emailLabel.setText(QCoreApplication.translate("PeopleEditor", u"E-p&ost:", None))
        self.loginLabel.setText(QCoreApplication.translate("PeopleEditor", u"P\u00e5lo&gging p\u00e5 serveren:", None))
#if QT_CONFIG(tooltip)
        self.loginEdit.setToolTip(QCoreApplication.translate("PeopleEditor", u"P\u00e5loggingen personen bruker mot databaseserveren. Bare IT kan knytte en p\u00e5logging til en person.", None))
#endif // QT_CONFIG(tooltip)
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("PeopleEditor", u"databasebrukeren, for eksempel anne.dahl", None))
        pass
    # retranslateUi

