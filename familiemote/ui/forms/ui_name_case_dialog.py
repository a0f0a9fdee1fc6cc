# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'name_case_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit)

class Ui_NameCaseDialog(object):
    def setupUi(self, nameCaseRows):
        if not nameCaseRows.objectName():
            nameCaseRows.setObjectName(u"nameCaseRows")
        self.formLayout = QFormLayout(nameCaseRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(nameCaseRows)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(nameCaseRows)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.birthLabel = QLabel(nameCaseRows)
        self.birthLabel.setObjectName(u"birthLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthEdit = QLineEdit(nameCaseRows)
        self.birthEdit.setObjectName(u"birthEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.birthEdit)

        self.guardian1Label = QLabel(nameCaseRows)
        self.guardian1Label.setObjectName(u"guardian1Label")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.guardian1Label)

        self.guardian1Layout = QHBoxLayout()
        self.guardian1Layout.setObjectName(u"guardian1Layout")
        self.guardian1Name = QLineEdit(nameCaseRows)
        self.guardian1Name.setObjectName(u"guardian1Name")

        self.guardian1Layout.addWidget(self.guardian1Name)

        self.guardian1Relation = QComboBox(nameCaseRows)
        self.guardian1Relation.setObjectName(u"guardian1Relation")

        self.guardian1Layout.addWidget(self.guardian1Relation)

        self.guardian1Layout.setStretch(0, 2)
        self.guardian1Layout.setStretch(1, 1)

        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.guardian1Layout)

        self.guardian2Label = QLabel(nameCaseRows)
        self.guardian2Label.setObjectName(u"guardian2Label")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.guardian2Label)

        self.guardian2Layout = QHBoxLayout()
        self.guardian2Layout.setObjectName(u"guardian2Layout")
        self.guardian2Name = QLineEdit(nameCaseRows)
        self.guardian2Name.setObjectName(u"guardian2Name")

        self.guardian2Layout.addWidget(self.guardian2Name)

        self.guardian2Relation = QComboBox(nameCaseRows)
        self.guardian2Relation.setObjectName(u"guardian2Relation")

        self.guardian2Layout.addWidget(self.guardian2Relation)

        self.guardian2Layout.setStretch(0, 2)
        self.guardian2Layout.setStretch(1, 1)

        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.guardian2Layout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.birthLabel.setBuddy(self.birthEdit)
        self.guardian1Label.setBuddy(self.guardian1Name)
        self.guardian2Label.setBuddy(self.guardian2Name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(nameCaseRows)

        QMetaObject.connectSlotsByName(nameCaseRows)
    # setupUi

    def retranslateUi(self, nameCaseRows):
        self.nameLabel.setText(QCoreApplication.translate("NameCaseDialog", u"Barnets &fornavn:", None))
        self.birthLabel.setText(QCoreApplication.translate("NameCaseDialog", u"F\u00f8dsels&dato:", None))
        self.birthEdit.setPlaceholderText(QCoreApplication.translate("NameCaseDialog", u"dd.mm.\u00e5\u00e5\u00e5\u00e5 (valgfritt)", None))
        pass
    # retranslateUi

