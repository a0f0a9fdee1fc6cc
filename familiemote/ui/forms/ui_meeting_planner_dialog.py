# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_planner_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout)

from familiemote.ui.forms_base import DayTimeEdit

class Ui_MeetingPlannerDialog(object):
    def setupUi(self, plannerRows):
        if not plannerRows.objectName():
            plannerRows.setObjectName(u"plannerRows")
        self.outer = QVBoxLayout(plannerRows)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(plannerRows)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(plannerRows)
        self.kind.setObjectName(u"kind")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.whenLabel = QLabel(plannerRows)
        self.whenLabel.setObjectName(u"whenLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.when = DayTimeEdit(plannerRows)
        self.when.setObjectName(u"when")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.when)

        self.placeLabel = QLabel(plannerRows)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(plannerRows)
        self.place.setObjectName(u"place")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)


        self.outer.addLayout(self.formLayout)

        self.responsibleLabel = QLabel(plannerRows)
        self.responsibleLabel.setObjectName(u"responsibleLabel")
        self.responsibleLabel.setWordWrap(True)

        self.outer.addWidget(self.responsibleLabel)

        self.participantsLabel = QLabel(plannerRows)
        self.participantsLabel.setObjectName(u"participantsLabel")
        self.participantsLabel.setWordWrap(True)

        self.outer.addWidget(self.participantsLabel)

        self.table = QTableWidget(plannerRows)
        if (self.table.columnCount() < 8):
            self.table.setColumnCount(8)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.table.verticalHeader().setVisible(False)

        self.outer.addWidget(self.table)

        self.directoryRow = QHBoxLayout()
        self.directoryRow.setObjectName(u"directoryRow")
        self.directoryButton = QPushButton(plannerRows)
        self.directoryButton.setObjectName(u"directoryButton")

        self.directoryRow.addWidget(self.directoryButton)

        self.directorySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.directoryRow.addItem(self.directorySpacer)


        self.outer.addLayout(self.directoryRow)

        self.countLabel = QLabel(plannerRows)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.outer.addWidget(self.countLabel)

        self.warningLabel = QLabel(plannerRows)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.outer.addWidget(self.warningLabel)

        self.overrideLabel = QLabel(plannerRows)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.outer.addWidget(self.overrideLabel)

        self.overrideEdit = QPlainTextEdit(plannerRows)
        self.overrideEdit.setObjectName(u"overrideEdit")
        self.overrideEdit.setMaximumSize(QSize(16777215, 70))
        self.overrideEdit.setTabChangesFocus(True)

        self.outer.addWidget(self.overrideEdit)

        self.outer.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.whenLabel.setBuddy(self.when)
        self.placeLabel.setBuddy(self.place)
        self.participantsLabel.setBuddy(self.table)
        self.overrideLabel.setBuddy(self.overrideEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(plannerRows)

        QMetaObject.connectSlotsByName(plannerRows)
    # setupUi

    def retranslateUi(self, plannerRows):
        self.kindLabel.setText(QCoreApplication.translate("MeetingPlannerDialog", u"&Type m\u00f8te:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("MeetingPlannerDialog", u"Type m\u00f8te", None))
#endif // QT_CONFIG(accessibility)
        self.whenLabel.setText(QCoreApplication.translate("MeetingPlannerDialog", u"Tids&punkt:", None))
#if QT_CONFIG(accessibility)
        self.when.setAccessibleName(QCoreApplication.translate("MeetingPlannerDialog", u"Tidspunkt", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("MeetingPlannerDialog", u"St&ed:", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("MeetingPlannerDialog", u"Sted", None))
#endif // QT_CONFIG(accessibility)
        self.place.setPlaceholderText(QCoreApplication.translate("MeetingPlannerDialog", u"for eksempel Helsestasjonen, m\u00f8terom 2", None))
        self.participantsLabel.setText(QCoreApplication.translate("MeetingPlannerDialog", u"&Deltakere (mellomrom krysser av; en person kan ha flere roller). \u00abMottar opplysninger\u00bb krever samtykke; uten hake dr\u00f8ftes saken anonymt med tjenesten.", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MeetingPlannerDialog", u"Invitert", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MeetingPlannerDialog", u"Navn", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MeetingPlannerDialog", u"Tjeneste / relasjon", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MeetingPlannerDialog", u"Kontakt", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MeetingPlannerDialog", u"M\u00f8teleder", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MeetingPlannerDialog", u"Referent", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MeetingPlannerDialog", u"Kontaktperson", None))
        ___qtablewidgetitem7 = self.table.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("MeetingPlannerDialog", u"Mottar opplysninger", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("MeetingPlannerDialog", u"Deltakere", None))
#endif // QT_CONFIG(accessibility)
        self.directoryButton.setText(QCoreApplication.translate("MeetingPlannerDialog", u"Legg til i &katalogen \u2026", None))
#if QT_CONFIG(accessibility)
        self.directoryButton.setAccessibleName(QCoreApplication.translate("MeetingPlannerDialog", u"Legg til tjeneste eller person i katalogen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warningLabel.setAccessibleName(QCoreApplication.translate("MeetingPlannerDialog", u"Advarsler", None))
#endif // QT_CONFIG(accessibility)
        self.overrideLabel.setText(QCoreApplication.translate("MeetingPlannerDialog", u"&Begrunnelse for unntak fra BUP-regelen:", None))
#if QT_CONFIG(accessibility)
        self.overrideEdit.setAccessibleName(QCoreApplication.translate("MeetingPlannerDialog", u"Begrunnelse for unntak fra BUP-regelen", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

