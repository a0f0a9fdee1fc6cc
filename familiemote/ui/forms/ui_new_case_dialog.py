# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_case_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_NewCaseDialog(object):
    def setupUi(self, NewCaseDialog):
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        self.mainLayout = QVBoxLayout(NewCaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(NewCaseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.childNameLabel = QLabel(NewCaseDialog)
        self.childNameLabel.setObjectName(u"childNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.childNameLabel)

        self.childNameEdit = QLineEdit(NewCaseDialog)
        self.childNameEdit.setObjectName(u"childNameEdit")
        self.childNameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.childNameEdit)

        self.birthYearLabel = QLabel(NewCaseDialog)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birthYearSpin = QSpinBox(NewCaseDialog)
        self.birthYearSpin.setObjectName(u"birthYearSpin")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.birthYearSpin)

        self.birthDateLabel = QLabel(NewCaseDialog)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(NewCaseDialog)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.concernByLabel = QLabel(NewCaseDialog)
        self.concernByLabel.setObjectName(u"concernByLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.concernByLabel)

        self.concernByCombo = QComboBox(NewCaseDialog)
        self.concernByCombo.setObjectName(u"concernByCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.concernByCombo)

        self.initiatingLabel = QLabel(NewCaseDialog)
        self.initiatingLabel.setObjectName(u"initiatingLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.initiatingLabel)

        self.initiatingCombo = QComboBox(NewCaseDialog)
        self.initiatingCombo.setObjectName(u"initiatingCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.initiatingCombo)

        self.coordinatorLabel = QLabel(NewCaseDialog)
        self.coordinatorLabel.setObjectName(u"coordinatorLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.coordinatorLabel)

        self.contactLayout = QVBoxLayout()
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactRowLayout = QHBoxLayout()
        self.contactRowLayout.setObjectName(u"contactRowLayout")
        self.coordinatorCombo = QComboBox(NewCaseDialog)
        self.coordinatorCombo.setObjectName(u"coordinatorCombo")

        self.contactRowLayout.addWidget(self.coordinatorCombo)

        self.newPersonButton = QPushButton(NewCaseDialog)
        self.newPersonButton.setObjectName(u"newPersonButton")

        self.contactRowLayout.addWidget(self.newPersonButton)


        self.contactLayout.addLayout(self.contactRowLayout)

        self.contactHint = QLabel(NewCaseDialog)
        self.contactHint.setObjectName(u"contactHint")
        self.contactHint.setWordWrap(True)

        self.contactLayout.addWidget(self.contactHint)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.contactLayout)

        self.concernLabel = QLabel(NewCaseDialog)
        self.concernLabel.setObjectName(u"concernLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.concernLabel)

        self.concernEdit = QPlainTextEdit(NewCaseDialog)
        self.concernEdit.setObjectName(u"concernEdit")
        self.concernEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.concernEdit)

        self.guardian1Label = QLabel(NewCaseDialog)
        self.guardian1Label.setObjectName(u"guardian1Label")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.guardian1Label)

        self.guardian1Layout = QHBoxLayout()
        self.guardian1Layout.setObjectName(u"guardian1Layout")
        self.guardian1NameEdit = QLineEdit(NewCaseDialog)
        self.guardian1NameEdit.setObjectName(u"guardian1NameEdit")

        self.guardian1Layout.addWidget(self.guardian1NameEdit)

        self.guardian1RelationCombo = QComboBox(NewCaseDialog)
        self.guardian1RelationCombo.setObjectName(u"guardian1RelationCombo")

        self.guardian1Layout.addWidget(self.guardian1RelationCombo)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.guardian1Layout)

        self.guardian2Label = QLabel(NewCaseDialog)
        self.guardian2Label.setObjectName(u"guardian2Label")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.guardian2Label)

        self.guardian2Layout = QHBoxLayout()
        self.guardian2Layout.setObjectName(u"guardian2Layout")
        self.guardian2NameEdit = QLineEdit(NewCaseDialog)
        self.guardian2NameEdit.setObjectName(u"guardian2NameEdit")

        self.guardian2Layout.addWidget(self.guardian2NameEdit)

        self.guardian2RelationCombo = QComboBox(NewCaseDialog)
        self.guardian2RelationCombo.setObjectName(u"guardian2RelationCombo")

        self.guardian2Layout.addWidget(self.guardian2RelationCombo)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.guardian2Layout)


        self.mainLayout.addLayout(self.formLayout)

#if QT_CONFIG(shortcut)
        self.childNameLabel.setBuddy(self.childNameEdit)
        self.birthYearLabel.setBuddy(self.birthYearSpin)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.concernByLabel.setBuddy(self.concernByCombo)
        self.initiatingLabel.setBuddy(self.initiatingCombo)
        self.coordinatorLabel.setBuddy(self.coordinatorCombo)
        self.concernLabel.setBuddy(self.concernEdit)
        self.guardian1Label.setBuddy(self.guardian1NameEdit)
        self.guardian2Label.setBuddy(self.guardian2NameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.childNameEdit, self.birthYearSpin)
        QWidget.setTabOrder(self.birthYearSpin, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.concernByCombo)
        QWidget.setTabOrder(self.concernByCombo, self.initiatingCombo)
        QWidget.setTabOrder(self.initiatingCombo, self.coordinatorCombo)
        QWidget.setTabOrder(self.coordinatorCombo, self.newPersonButton)
        QWidget.setTabOrder(self.newPersonButton, self.concernEdit)
        QWidget.setTabOrder(self.concernEdit, self.guardian1NameEdit)
        QWidget.setTabOrder(self.guardian1NameEdit, self.guardian1RelationCombo)
        QWidget.setTabOrder(self.guardian1RelationCombo, self.guardian2NameEdit)
        QWidget.setTabOrder(self.guardian2NameEdit, self.guardian2RelationCombo)

        self.retranslateUi(NewCaseDialog)

        QMetaObject.connectSlotsByName(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog):
        self.introLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Registrer bare det arbeidet trenger: barnets fornavn og f\u00f8dsels\u00e5r er nok. F\u00f8dselsnummer skal ikke registreres.", None))
        self.childNameLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Barnets &fornavn:", None))
#if QT_CONFIG(accessibility)
        self.childNameEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Barnets fornavn", None))
#endif // QT_CONFIG(accessibility)
        self.birthYearLabel.setText(QCoreApplication.translate("NewCaseDialog", u"F\u00f8&dsels\u00e5r:", None))
#if QT_CONFIG(accessibility)
        self.birthYearSpin.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Barnets f\u00f8dsels\u00e5r", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateLabel.setText(QCoreApplication.translate("NewCaseDialog", u"F\u00f8dsel&sdato (valgfritt):", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"dd.mm.\u00e5\u00e5\u00e5\u00e5", None))
#if QT_CONFIG(accessibility)
        self.birthDateEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Barnets f\u00f8dselsdato, valgfritt", None))
#endif // QT_CONFIG(accessibility)
        self.concernByLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Bekymring &meldt av:", None))
#if QT_CONFIG(accessibility)
        self.concernByCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Bekymring meldt av", None))
#endif // QT_CONFIG(accessibility)
        self.initiatingLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Initiativtaker:", None))
#if QT_CONFIG(accessibility)
        self.initiatingCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Initiativtaker, ansvarlig for oppf\u00f8lging og journalf\u00f8ring", None))
#endif // QT_CONFIG(accessibility)
        self.coordinatorLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Kontaktperson:", None))
#if QT_CONFIG(accessibility)
        self.coordinatorCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Kontaktperson i kommunen", None))
#endif // QT_CONFIG(accessibility)
        self.newPersonButton.setText(QCoreApplication.translate("NewCaseDialog", u"&Ny person i Katalog \u2026", None))
#if QT_CONFIG(accessibility)
        self.newPersonButton.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Ny person i Katalog", None))
#endif // QT_CONFIG(accessibility)
        self.contactHint.setText("")
        self.concernLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Bekymringen:", None))
        self.concernEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Hva er bekymringen, og hvem har sett hva?", None))
#if QT_CONFIG(accessibility)
        self.concernEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Bekymringen", None))
#endif // QT_CONFIG(accessibility)
        self.guardian1Label.setText(QCoreApplication.translate("NewCaseDialog", u"Foresatt &1:", None))
        self.guardian1NameEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Fullt navn", None))
#if QT_CONFIG(accessibility)
        self.guardian1NameEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Foresatt 1, navn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.guardian1RelationCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Foresatt 1, relasjon til barnet", None))
#endif // QT_CONFIG(accessibility)
        self.guardian2Label.setText(QCoreApplication.translate("NewCaseDialog", u"Foresatt &2:", None))
        self.guardian2NameEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Fullt navn (valgfritt)", None))
#if QT_CONFIG(accessibility)
        self.guardian2NameEdit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Foresatt 2, navn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.guardian2RelationCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Foresatt 2, relasjon til barnet", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

