# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit)

from familiemote.ui.forms_base import DayEdit
from familiemote.ui.panels.actions.pickers import PersonCombo

class Ui_OutcomeDialog(object):
    def setupUi(self, outcomeRows):
        if not outcomeRows.objectName():
            outcomeRows.setObjectName(u"outcomeRows")
        self.formLayout = QFormLayout(outcomeRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.actionLabel = QLabel(outcomeRows)
        self.actionLabel.setObjectName(u"actionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionText = QLabel(outcomeRows)
        self.actionText.setObjectName(u"actionText")
        self.actionText.setWordWrap(True)
        self.actionText.setTextFormat(Qt.PlainText)
        self.actionText.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionText)

        self.outcomeLabel = QLabel(outcomeRows)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QComboBox(outcomeRows)
        self.outcome.setObjectName(u"outcome")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.newDateLabel = QLabel(outcomeRows)
        self.newDateLabel.setObjectName(u"newDateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newDateLabel)

        self.newDate = DayEdit(outcomeRows)
        self.newDate.setObjectName(u"newDate")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newDate)

        self.descriptionLabel = QLabel(outcomeRows)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(outcomeRows)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description)

        self.serviceLabel = QLabel(outcomeRows)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.service = QComboBox(outcomeRows)
        self.service.setObjectName(u"service")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.service)

        self.personLabel = QLabel(outcomeRows)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = PersonCombo(outcomeRows)
        self.person.setObjectName(u"person")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.person)

        self.acceptedHere = QCheckBox(outcomeRows)
        self.acceptedHere.setObjectName(u"acceptedHere")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.acceptedHere)

        self.acceptedByLabel = QLabel(outcomeRows)
        self.acceptedByLabel.setObjectName(u"acceptedByLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.acceptedByLabel)

        self.acceptedBy = QLineEdit(outcomeRows)
        self.acceptedBy.setObjectName(u"acceptedBy")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.acceptedBy)

        self.noteLabel = QLabel(outcomeRows)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(outcomeRows)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note)

#if QT_CONFIG(shortcut)
        self.outcomeLabel.setBuddy(self.outcome)
        self.newDateLabel.setBuddy(self.newDate)
        self.descriptionLabel.setBuddy(self.description)
        self.serviceLabel.setBuddy(self.service)
        self.personLabel.setBuddy(self.person)
        self.acceptedByLabel.setBuddy(self.acceptedBy)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(outcomeRows)

        QMetaObject.connectSlotsByName(outcomeRows)
    # setupUi

    def retranslateUi(self, outcomeRows):
        self.actionLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Tiltak:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Utfall:", None))
        self.newDateLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Ny &dato:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Endret &tiltak:", None))
        self.serviceLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Overlever til t&jeneste:", None))
        self.personLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Overlever til &person:", None))
        self.acceptedHere.setText(QCoreApplication.translate("OutcomeDialog", u"Mottakeren &godtok i m\u00f8tet", None))
        self.acceptedByLabel.setText(QCoreApplication.translate("OutcomeDialog", u"Godtatt &av:", None))
        self.noteLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Merknad / begrunnelse:", None))
        pass
    # retranslateUi

