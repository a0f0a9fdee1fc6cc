# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'services_editor.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit)

class Ui_ServicesEditor(object):
    def setupUi(self, servicesRows):
        if not servicesRows.objectName():
            servicesRows.setObjectName(u"servicesRows")
        self.formLayout = QFormLayout(servicesRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(servicesRows)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(servicesRows)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(servicesRows)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(servicesRows)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.levelLabel = QLabel(servicesRows)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(servicesRows)
        self.levelCombo.addItem("")
        self.levelCombo.addItem("")
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.phoneLabel = QLabel(servicesRows)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(servicesRows)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(servicesRows)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(servicesRows)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(servicesRows)

        QMetaObject.connectSlotsByName(servicesRows)
    # setupUi

    def retranslateUi(self, servicesRows):
        self.nameLabel.setText(QCoreApplication.translate("ServicesEditor", u"Na&vn:", None))
        self.kindLabel.setText(QCoreApplication.translate("ServicesEditor", u"T&ype:", None))
        self.levelLabel.setText(QCoreApplication.translate("ServicesEditor", u"N&iv\u00e5:", None))
        self.levelCombo.setItemText(0, QCoreApplication.translate("ServicesEditor", u"Kommunal", None))
        self.levelCombo.setItemText(1, QCoreApplication.translate("ServicesEditor", u"Spesialisthelsetjenesten (teller i BUP-regelen)", None))

        self.phoneLabel.setText(QCoreApplication.translate("ServicesEditor", u"&Telefon:", None))
        self.emailLabel.setText(QCoreApplication.translate("ServicesEditor", u"&E-post:", None))
        pass
    # retranslateUi

