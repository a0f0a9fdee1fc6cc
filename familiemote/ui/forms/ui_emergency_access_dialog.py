# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'emergency_access_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QSpinBox)

class Ui_EmergencyAccessDialog(object):
    def setupUi(self, emergencyRows):
        if not emergencyRows.objectName():
            emergencyRows.setObjectName(u"emergencyRows")
        self.formLayout = QFormLayout(emergencyRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.firstNameLabel = QLabel(emergencyRows)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstName = QLineEdit(emergencyRows)
        self.firstName.setObjectName(u"firstName")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstName)

        self.yearLabel = QLabel(emergencyRows)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(emergencyRows)
        self.year.setObjectName(u"year")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.year)

        self.reasonLabel = QLabel(emergencyRows)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(emergencyRows)
        self.reason.setObjectName(u"reason")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstName)
        self.yearLabel.setBuddy(self.year)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(emergencyRows)

        QMetaObject.connectSlotsByName(emergencyRows)
    # setupUi

    def retranslateUi(self, emergencyRows):
        self.firstNameLabel.setText(QCoreApplication.translate("EmergencyAccessDialog", u"Barnets &fornavn:", None))
        self.yearLabel.setText(QCoreApplication.translate("EmergencyAccessDialog", u"F\u00f8&dsels\u00e5r:", None))
        self.reasonLabel.setText(QCoreApplication.translate("EmergencyAccessDialog", u"&Grunn:", None))
        pass
    # retranslateUi

