# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_editor_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_CaseEditorDialog(object):
    def setupUi(self, caseEditorRows):
        if not caseEditorRows.objectName():
            caseEditorRows.setObjectName(u"caseEditorRows")
        caseEditorRows.resize(720, 640)
        self.rowsLayout = QVBoxLayout(caseEditorRows)
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.rowsLayout.setContentsMargins(0, 0, 0, 0)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.childNameLabel = QLabel(caseEditorRows)
        self.childNameLabel.setObjectName(u"childNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.childNameLabel)

        self.childNameEdit = QLineEdit(caseEditorRows)
        self.childNameEdit.setObjectName(u"childNameEdit")
        self.childNameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.childNameEdit)

        self.birthYearLabel = QLabel(caseEditorRows)
        self.birthYearLabel.setObjectName(u"birthYearLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.birthYearLabel)

        self.birthYearSpin = QSpinBox(caseEditorRows)
        self.birthYearSpin.setObjectName(u"birthYearSpin")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.birthYearSpin)

        self.birthDateLabel = QLabel(caseEditorRows)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(caseEditorRows)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setMaxLength(10)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.concernByLabel = QLabel(caseEditorRows)
        self.concernByLabel.setObjectName(u"concernByLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.concernByLabel)

        self.concernByCombo = QComboBox(caseEditorRows)
        self.concernByCombo.setObjectName(u"concernByCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.concernByCombo)

        self.concernLabel = QLabel(caseEditorRows)
        self.concernLabel.setObjectName(u"concernLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.concernLabel)

        self.concernEdit = QPlainTextEdit(caseEditorRows)
        self.concernEdit.setObjectName(u"concernEdit")
        self.concernEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.concernEdit)

        self.initiatingLabel = QLabel(caseEditorRows)
        self.initiatingLabel.setObjectName(u"initiatingLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.initiatingLabel)

        self.initiatingCombo = QComboBox(caseEditorRows)
        self.initiatingCombo.setObjectName(u"initiatingCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.initiatingCombo)

        self.contactLabel = QLabel(caseEditorRows)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactBox = QWidget(caseEditorRows)
        self.contactBox.setObjectName(u"contactBox")
        self.contactLayout = QVBoxLayout(self.contactBox)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactLayout.setContentsMargins(0, 0, 0, 0)
        self.contactLine = QHBoxLayout()
        self.contactLine.setObjectName(u"contactLine")
        self.contactCombo = QComboBox(self.contactBox)
        self.contactCombo.setObjectName(u"contactCombo")

        self.contactLine.addWidget(self.contactCombo)

        self.newPerson = QPushButton(self.contactBox)
        self.newPerson.setObjectName(u"newPerson")

        self.contactLine.addWidget(self.newPerson)

        self.contactLine.setStretch(0, 1)

        self.contactLayout.addLayout(self.contactLine)

        self.contactHint = QLabel(self.contactBox)
        self.contactHint.setObjectName(u"contactHint")
        self.contactHint.setWordWrap(True)

        self.contactLayout.addWidget(self.contactHint)


        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactBox)

        self.familyBox = QGroupBox(caseEditorRows)
        self.familyBox.setObjectName(u"familyBox")
        self.familyLayout = QVBoxLayout(self.familyBox)
        self.familyLayout.setObjectName(u"familyLayout")
        self.familyGrid = QGridLayout()
        self.familyGrid.setObjectName(u"familyGrid")
        self.nameHeading = QLabel(self.familyBox)
        self.nameHeading.setObjectName(u"nameHeading")

        self.familyGrid.addWidget(self.nameHeading, 0, 0, 1, 1)

        self.relationHeading = QLabel(self.familyBox)
        self.relationHeading.setObjectName(u"relationHeading")

        self.familyGrid.addWidget(self.relationHeading, 0, 1, 1, 1)

        self.guardianHeading = QLabel(self.familyBox)
        self.guardianHeading.setObjectName(u"guardianHeading")

        self.familyGrid.addWidget(self.guardianHeading, 0, 2, 1, 1)

        self.phoneHeading = QLabel(self.familyBox)
        self.phoneHeading.setObjectName(u"phoneHeading")

        self.familyGrid.addWidget(self.phoneHeading, 0, 3, 1, 1)

        self.emailHeading = QLabel(self.familyBox)
        self.emailHeading.setObjectName(u"emailHeading")

        self.familyGrid.addWidget(self.emailHeading, 0, 4, 1, 1)

        self.familyGrid.setColumnStretch(0, 3)
        self.familyGrid.setColumnStretch(3, 2)
        self.familyGrid.setColumnStretch(4, 3)

        self.familyLayout.addLayout(self.familyGrid)

        self.addMemberRow = QHBoxLayout()
        self.addMemberRow.setObjectName(u"addMemberRow")
        self.addMember = QPushButton(self.familyBox)
        self.addMember.setObjectName(u"addMember")

        self.addMemberRow.addWidget(self.addMember)

        self.addMemberSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addMemberRow.addItem(self.addMemberSpacer)

        self.addMemberRow.setStretch(1, 1)

        self.familyLayout.addLayout(self.addMemberRow)


        self.formLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.familyBox)


        self.rowsLayout.addLayout(self.formLayout)

        self.rowsEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rowsLayout.addItem(self.rowsEnd)

#if QT_CONFIG(shortcut)
        self.childNameLabel.setBuddy(self.childNameEdit)
        self.birthYearLabel.setBuddy(self.birthYearSpin)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.concernByLabel.setBuddy(self.concernByCombo)
        self.concernLabel.setBuddy(self.concernEdit)
        self.initiatingLabel.setBuddy(self.initiatingCombo)
        self.contactLabel.setBuddy(self.contactCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(caseEditorRows)

        QMetaObject.connectSlotsByName(caseEditorRows)
    # setupUi

    def retranslateUi(self, caseEditorRows):
        self.childNameLabel.setText(QCoreApplication.translate("CaseEditorDialog", u"Barnets &fornavn:", None))
        self.birthYearLabel.setText(QCoreApplication.translate("CaseEditorDialog", u"F\u00f8&dsels\u00e5r:", None))
        self.birthDateLabel.setText(QCoreApplication.translate("CaseEditorDialog", u"F\u00f8dsel&sdato (valgfritt):", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("CaseEditorDialog", u"dd.mm.\u00e5\u00e5\u00e5\u00e5", None))
#if QT_CONFIG(accessibility)
        self.birthDateEdit.setAccessibleName(QCoreApplication.translate("CaseEditorDialog", u"Barnets f\u00f8dselsdato, valgfritt", None))
#endif // QT_CONFIG(accessibility)
        self.concernByLabel.setText(QCoreApplication.translate("CaseEditorDialog", u"Bekymring &meldt av:", None))
        self.concernLabel.setText(QCoreApplication.translate("CaseEditorDialog", u"&Bekymringen:", None))
        self.concernEdit.setPlaceholderText(QCoreApplication.translate("CaseEditorDialog", u"Hva er bekymringen, og hvem har sett hva?", None))
        self.initiatingLabel.setText(QCoreApplication.translate("CaseEditorDialog", u"&Initiativtaker:", None))
#if QT_CONFIG(accessibility)
        self.initiatingCombo.setAccessibleName(QCoreApplication.translate("CaseEditorDialog", u"Initiativtaker, ansvarlig for oppf\u00f8lging og journalf\u00f8ring", None))
#endif // QT_CONFIG(accessibility)
        self.contactLabel.setText(QCoreApplication.translate("CaseEditorDialog", u"&Kontaktperson:", None))
#if QT_CONFIG(accessibility)
        self.contactCombo.setAccessibleName(QCoreApplication.translate("CaseEditorDialog", u"Kontaktperson", None))
#endif // QT_CONFIG(accessibility)
        self.newPerson.setText(QCoreApplication.translate("CaseEditorDialog", u"&Ny person i Katalog \u2026", None))
#if QT_CONFIG(accessibility)
        self.newPerson.setAccessibleName(QCoreApplication.translate("CaseEditorDialog", u"Ny person i Katalog", None))
#endif // QT_CONFIG(accessibility)
        self.familyBox.setTitle(QCoreApplication.translate("CaseEditorDialog", u"Familien", None))
#if QT_CONFIG(accessibility)
        self.familyBox.setAccessibleName(QCoreApplication.translate("CaseEditorDialog", u"Familien", None))
#endif // QT_CONFIG(accessibility)
        self.nameHeading.setText(QCoreApplication.translate("CaseEditorDialog", u"Navn", None))
        self.relationHeading.setText(QCoreApplication.translate("CaseEditorDialog", u"Relasjon", None))
        self.guardianHeading.setText(QCoreApplication.translate("CaseEditorDialog", u"Foresatt", None))
        self.phoneHeading.setText(QCoreApplication.translate("CaseEditorDialog", u"Telefon", None))
        self.emailHeading.setText(QCoreApplication.translate("CaseEditorDialog", u"E-post", None))
        self.addMember.setText(QCoreApplication.translate("CaseEditorDialog", u"Legg &til familiemedlem", None))
        pass
    # retranslateUi

