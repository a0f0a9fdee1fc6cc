# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'phase_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit)

from familiemote.ui.forms_base import DayEdit

class Ui_PhaseDialog(object):
    def setupUi(self, phaseRows):
        if not phaseRows.objectName():
            phaseRows.setObjectName(u"phaseRows")
        self.formLayout = QFormLayout(phaseRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.phaseLabel = QLabel(phaseRows)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phaseCombo = QComboBox(phaseRows)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phaseCombo)

        self.dateLabel = QLabel(phaseRows)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DayEdit(phaseRows)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.byLabel = QLabel(phaseRows)
        self.byLabel.setObjectName(u"byLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.byLabel)

        self.byEdit = QLineEdit(phaseRows)
        self.byEdit.setObjectName(u"byEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.byEdit)

        self.reasonLabel = QLabel(phaseRows)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(phaseRows)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.meetingLabel = QLabel(phaseRows)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(phaseRows)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.meetingCombo)

#if QT_CONFIG(shortcut)
        self.phaseLabel.setBuddy(self.phaseCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.byLabel.setBuddy(self.byEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.meetingLabel.setBuddy(self.meetingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(phaseRows)

        QMetaObject.connectSlotsByName(phaseRows)
    # setupUi

    def retranslateUi(self, phaseRows):
        self.phaseLabel.setText(QCoreApplication.translate("PhaseDialog", u"&Ny fase:", None))
#if QT_CONFIG(accessibility)
        self.phaseCombo.setAccessibleName(QCoreApplication.translate("PhaseDialog", u"Ny fase", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("PhaseDialog", u"&Dato:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("PhaseDialog", u"Dato for beslutningen", None))
#endif // QT_CONFIG(accessibility)
        self.byLabel.setText(QCoreApplication.translate("PhaseDialog", u"&Besluttet av:", None))
#if QT_CONFIG(accessibility)
        self.byEdit.setAccessibleName(QCoreApplication.translate("PhaseDialog", u"Besluttet av", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("PhaseDialog", u"&Hvorfor:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("PhaseDialog", u"Hvorfor", None))
#endif // QT_CONFIG(accessibility)
        self.meetingLabel.setText(QCoreApplication.translate("PhaseDialog", u"Besluttet i &m\u00f8te:", None))
#if QT_CONFIG(accessibility)
        self.meetingCombo.setAccessibleName(QCoreApplication.translate("PhaseDialog", u"Besluttet i m\u00f8te", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

