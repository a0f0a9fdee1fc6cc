# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_action_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit)

from familiemote.ui.forms_base import DayEdit
from familiemote.ui.panels.actions.pickers import PersonCombo

class Ui_ActionDialog(object):
    def setupUi(self, actionRows):
        if not actionRows.objectName():
            actionRows.setObjectName(u"actionRows")
        self.formLayout = QFormLayout(actionRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.descriptionLabel = QLabel(actionRows)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(actionRows)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.description)

        self.meetingLabel = QLabel(actionRows)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meeting = QComboBox(actionRows)
        self.meeting.setObjectName(u"meeting")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meeting)

        self.serviceLabel = QLabel(actionRows)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.service = QComboBox(actionRows)
        self.service.setObjectName(u"service")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.service)

        self.actionConsentGap = QLabel(actionRows)
        self.actionConsentGap.setObjectName(u"actionConsentGap")
        self.actionConsentGap.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.actionConsentGap)

        self.personLabel = QLabel(actionRows)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = PersonCombo(actionRows)
        self.person.setObjectName(u"person")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.person)

        self.othersLabel = QLabel(actionRows)
        self.othersLabel.setObjectName(u"othersLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.othersLabel)

        self.others = QLineEdit(actionRows)
        self.others.setObjectName(u"others")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.others)

        self.familyPartLabel = QLabel(actionRows)
        self.familyPartLabel.setObjectName(u"familyPartLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.familyPartLabel)

        self.familyPart = QLineEdit(actionRows)
        self.familyPart.setObjectName(u"familyPart")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.familyPart)

        self.hasDue = QCheckBox(actionRows)
        self.hasDue.setObjectName(u"hasDue")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.hasDue)

        self.dueLabel = QLabel(actionRows)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.due = DayEdit(actionRows)
        self.due.setObjectName(u"due")
        self.due.setEnabled(False)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.due)

        self.reviewLabel = QLabel(actionRows)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.review = QComboBox(actionRows)
        self.review.setObjectName(u"review")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.review)

        self.reviewDateLabel = QLabel(actionRows)
        self.reviewDateLabel.setObjectName(u"reviewDateLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.reviewDateLabel)

        self.reviewDate = DayEdit(actionRows)
        self.reviewDate.setObjectName(u"reviewDate")
        self.reviewDate.setEnabled(False)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.reviewDate)

        self.internal = QCheckBox(actionRows)
        self.internal.setObjectName(u"internal")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.internal)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.description)
        self.meetingLabel.setBuddy(self.meeting)
        self.serviceLabel.setBuddy(self.service)
        self.personLabel.setBuddy(self.person)
        self.othersLabel.setBuddy(self.others)
        self.familyPartLabel.setBuddy(self.familyPart)
        self.dueLabel.setBuddy(self.due)
        self.reviewLabel.setBuddy(self.review)
        self.reviewDateLabel.setBuddy(self.reviewDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(actionRows)

        QMetaObject.connectSlotsByName(actionRows)
    # setupUi

    def retranslateUi(self, actionRows):
        self.descriptionLabel.setText(QCoreApplication.translate("ActionDialog", u"&Hva skal gj\u00f8res:", None))
        self.meetingLabel.setText(QCoreApplication.translate("ActionDialog", u"Avtalt i &m\u00f8te:", None))
        self.serviceLabel.setText(QCoreApplication.translate("ActionDialog", u"Ansvarlig &tjeneste:", None))
        self.personLabel.setText(QCoreApplication.translate("ActionDialog", u"Ansvarlig &person:", None))
        self.othersLabel.setText(QCoreApplication.translate("ActionDialog", u"&Andre involvert:", None))
        self.familyPartLabel.setText(QCoreApplication.translate("ActionDialog", u"&Familiens del:", None))
        self.hasDue.setText(QCoreApplication.translate("ActionDialog", u"Tiltaket har en f&rist", None))
        self.dueLabel.setText(QCoreApplication.translate("ActionDialog", u"F&rist:", None))
        self.reviewLabel.setText(QCoreApplication.translate("ActionDialog", u"&Ny vurdering:", None))
        self.reviewDateLabel.setText(QCoreApplication.translate("ActionDialog", u"&Dato for ny vurdering:", None))
        self.internal.setText(QCoreApplication.translate("ActionDialog", u"&Intern: ikke med i familiens kopi av planen", None))
        pass
    # retranslateUi

