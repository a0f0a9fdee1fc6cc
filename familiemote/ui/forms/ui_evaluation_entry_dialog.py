# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_entry_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout)

from familiemote.ui.answer_field import AnswerField
from familiemote.ui.forms_base import DayEdit

class Ui_EvaluationEntryDialog(object):
    def setupUi(self, EvaluationEntryDialog):
        if not EvaluationEntryDialog.objectName():
            EvaluationEntryDialog.setObjectName(u"EvaluationEntryDialog")
        self.outer = QVBoxLayout(EvaluationEntryDialog)
        self.outer.setObjectName(u"outer")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.periodFromLabel = QLabel(EvaluationEntryDialog)
        self.periodFromLabel.setObjectName(u"periodFromLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodFromLabel)

        self.periodFrom = DayEdit(EvaluationEntryDialog)
        self.periodFrom.setObjectName(u"periodFrom")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodFrom)

        self.periodToLabel = QLabel(EvaluationEntryDialog)
        self.periodToLabel.setObjectName(u"periodToLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodToLabel)

        self.periodTo = DayEdit(EvaluationEntryDialog)
        self.periodTo.setObjectName(u"periodTo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodTo)

        self.municipalityLabel = QLabel(EvaluationEntryDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipality = QLineEdit(EvaluationEntryDialog)
        self.municipality.setObjectName(u"municipality")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.municipality)


        self.outer.addLayout(self.formLayout)

        self.hint = QLabel(EvaluationEntryDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.outer.addWidget(self.hint)

        self.modeLabel = QLabel(EvaluationEntryDialog)
        self.modeLabel.setObjectName(u"modeLabel")
        self.modeLabel.setStyleSheet(u"QLabel { font-weight: bold; }")

        self.outer.addWidget(self.modeLabel)

        self.answers = QGridLayout()
        self.answers.setObjectName(u"answers")
        self.respondentLabel = QLabel(EvaluationEntryDialog)
        self.respondentLabel.setObjectName(u"respondentLabel")

        self.answers.addWidget(self.respondentLabel, 0, 0, 1, 1)

        self.respondent = AnswerField(EvaluationEntryDialog)
        self.respondent.setObjectName(u"respondent")

        self.answers.addWidget(self.respondent, 1, 0, 1, 1)

        self.ageLabel = QLabel(EvaluationEntryDialog)
        self.ageLabel.setObjectName(u"ageLabel")

        self.answers.addWidget(self.ageLabel, 0, 1, 1, 1)

        self.age = AnswerField(EvaluationEntryDialog)
        self.age.setObjectName(u"age")
        self.age.setMaxLength(2)

        self.answers.addWidget(self.age, 1, 1, 1, 1)

        self.score1Label = QLabel(EvaluationEntryDialog)
        self.score1Label.setObjectName(u"score1Label")

        self.answers.addWidget(self.score1Label, 0, 2, 1, 1)

        self.score1 = AnswerField(EvaluationEntryDialog)
        self.score1.setObjectName(u"score1")
        self.score1.setAlignment(Qt.AlignCenter)

        self.answers.addWidget(self.score1, 1, 2, 1, 1)

        self.score2Label = QLabel(EvaluationEntryDialog)
        self.score2Label.setObjectName(u"score2Label")

        self.answers.addWidget(self.score2Label, 0, 3, 1, 1)

        self.score2 = AnswerField(EvaluationEntryDialog)
        self.score2.setObjectName(u"score2")
        self.score2.setAlignment(Qt.AlignCenter)

        self.answers.addWidget(self.score2, 1, 3, 1, 1)

        self.score3Label = QLabel(EvaluationEntryDialog)
        self.score3Label.setObjectName(u"score3Label")

        self.answers.addWidget(self.score3Label, 0, 4, 1, 1)

        self.score3 = AnswerField(EvaluationEntryDialog)
        self.score3.setObjectName(u"score3")
        self.score3.setAlignment(Qt.AlignCenter)

        self.answers.addWidget(self.score3, 1, 4, 1, 1)

        self.score4Label = QLabel(EvaluationEntryDialog)
        self.score4Label.setObjectName(u"score4Label")

        self.answers.addWidget(self.score4Label, 0, 5, 1, 1)

        self.score4 = AnswerField(EvaluationEntryDialog)
        self.score4.setObjectName(u"score4")
        self.score4.setAlignment(Qt.AlignCenter)

        self.answers.addWidget(self.score4, 1, 5, 1, 1)

        self.commentLabel = QLabel(EvaluationEntryDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.answers.addWidget(self.commentLabel, 0, 6, 1, 1)

        self.comment = QLineEdit(EvaluationEntryDialog)
        self.comment.setObjectName(u"comment")

        self.answers.addWidget(self.comment, 1, 6, 1, 1)

        self.answers.setColumnStretch(6, 1)

        self.outer.addLayout(self.answers)

        self.message = QLabel(EvaluationEntryDialog)
        self.message.setObjectName(u"message")
        self.message.setTextFormat(Qt.PlainText)
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.confirmBar = QFrame(EvaluationEntryDialog)
        self.confirmBar.setObjectName(u"confirmBar")
        self.confirmBar.setFrameShape(QFrame.StyledPanel)
        self.confirmRow = QHBoxLayout(self.confirmBar)
        self.confirmRow.setObjectName(u"confirmRow")
        self.confirmText = QLabel(self.confirmBar)
        self.confirmText.setObjectName(u"confirmText")
        self.confirmText.setTextFormat(Qt.PlainText)
        self.confirmText.setWordWrap(True)

        self.confirmRow.addWidget(self.confirmText)

        self.confirmSave = QPushButton(self.confirmBar)
        self.confirmSave.setObjectName(u"confirmSave")
        self.confirmSave.setAutoDefault(False)

        self.confirmRow.addWidget(self.confirmSave)

        self.confirmBack = QPushButton(self.confirmBar)
        self.confirmBack.setObjectName(u"confirmBack")
        self.confirmBack.setAutoDefault(False)

        self.confirmRow.addWidget(self.confirmBack)

        self.confirmRow.setStretch(0, 1)

        self.outer.addWidget(self.confirmBar)

        self.storeRow = QHBoxLayout()
        self.storeRow.setObjectName(u"storeRow")
        self.countLabel = QLabel(EvaluationEntryDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.storeRow.addWidget(self.countLabel)

        self.storeButton = QPushButton(EvaluationEntryDialog)
        self.storeButton.setObjectName(u"storeButton")
        self.storeButton.setAutoDefault(False)

        self.storeRow.addWidget(self.storeButton)

        self.closeButton = QPushButton(EvaluationEntryDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.storeRow.addWidget(self.closeButton)

        self.storeRow.setStretch(0, 1)

        self.outer.addLayout(self.storeRow)

        self.batchHeading = QLabel(EvaluationEntryDialog)
        self.batchHeading.setObjectName(u"batchHeading")

        self.outer.addWidget(self.batchHeading)

        self.batch = QTableWidget(EvaluationEntryDialog)
        if (self.batch.columnCount() < 8):
            self.batch.setColumnCount(8)
        __qtablewidgetitem = QTableWidgetItem()
        self.batch.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.batch.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.batch.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        __qtablewidgetitem3.setText(u"1")
        self.batch.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        __qtablewidgetitem4.setText(u"2")
        self.batch.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        __qtablewidgetitem5.setText(u"3")
        self.batch.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        __qtablewidgetitem6.setText(u"4")
        self.batch.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.batch.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.batch.setObjectName(u"batch")
        self.batch.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.batch.setSelectionMode(QAbstractItemView.SingleSelection)
        self.batch.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.batch.verticalHeader().setVisible(False)

        self.outer.addWidget(self.batch)

        self.batchRow = QHBoxLayout()
        self.batchRow.setObjectName(u"batchRow")
        self.tallyLabel = QLabel(EvaluationEntryDialog)
        self.tallyLabel.setObjectName(u"tallyLabel")
        self.tallyLabel.setWordWrap(True)

        self.batchRow.addWidget(self.tallyLabel)

        self.correctButton = QPushButton(EvaluationEntryDialog)
        self.correctButton.setObjectName(u"correctButton")
        self.correctButton.setAutoDefault(False)

        self.batchRow.addWidget(self.correctButton)

        self.deleteButton = QPushButton(EvaluationEntryDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.batchRow.addWidget(self.deleteButton)

        self.batchRow.setStretch(0, 1)

        self.outer.addLayout(self.batchRow)

        self.outer.setStretch(8, 1)
#if QT_CONFIG(shortcut)
        self.periodFromLabel.setBuddy(self.periodFrom)
        self.periodToLabel.setBuddy(self.periodTo)
        self.municipalityLabel.setBuddy(self.municipality)
        self.respondentLabel.setBuddy(self.respondent)
        self.ageLabel.setBuddy(self.age)
        self.score1Label.setBuddy(self.score1)
        self.score2Label.setBuddy(self.score2)
        self.score3Label.setBuddy(self.score3)
        self.score4Label.setBuddy(self.score4)
        self.commentLabel.setBuddy(self.comment)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvaluationEntryDialog)

        self.confirmSave.setDefault(False)
        self.confirmBack.setDefault(False)
        self.storeButton.setDefault(False)
        self.closeButton.setDefault(False)
        self.correctButton.setDefault(False)
        self.deleteButton.setDefault(False)


        QMetaObject.connectSlotsByName(EvaluationEntryDialog)
    # setupUi

    def retranslateUi(self, EvaluationEntryDialog):
        self.periodFromLabel.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Periode &fra:", None))
#if QT_CONFIG(accessibility)
        self.periodFrom.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"Periode fra", None))
#endif // QT_CONFIG(accessibility)
        self.periodToLabel.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Periode &til:", None))
#if QT_CONFIG(accessibility)
        self.periodTo.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"Periode til", None))
#endif // QT_CONFIG(accessibility)
        self.municipalityLabel.setText(QCoreApplication.translate("EvaluationEntryDialog", u"&Kommune (valgfritt):", None))
#if QT_CONFIG(accessibility)
        self.municipality.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"Kommune", None))
#endif // QT_CONFIG(accessibility)
        self.hint.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Skriv ett skjema om gangen: F, B eller S for hvem som svarte, alder og Tab, s\u00e5 ett siffer 0\u20135 for hver p\u00e5stand (Tab lar en p\u00e5stand st\u00e5 tom). Enter lagrer skjemaet.", None))
        self.respondentLabel.setText(QCoreApplication.translate("EvaluationEntryDialog", u"&Svarte (F/B/S)", None))
#if QT_CONFIG(accessibility)
        self.respondent.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"Hvem svarte", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.respondent.setToolTip(QCoreApplication.translate("EvaluationEntryDialog", u"F = foreldre/foresatt, B = barn/ungdom, S = begge sammen, tomt = ikke oppgitt", None))
#endif // QT_CONFIG(tooltip)
        self.ageLabel.setText(QCoreApplication.translate("EvaluationEntryDialog", u"&Alder", None))
#if QT_CONFIG(accessibility)
        self.age.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"Barnets alder", None))
#endif // QT_CONFIG(accessibility)
        self.score1Label.setText(QCoreApplication.translate("EvaluationEntryDialog", u"&1", None))
#if QT_CONFIG(accessibility)
        self.score1.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"P\u00e5stand 1", None))
#endif // QT_CONFIG(accessibility)
        self.score2Label.setText(QCoreApplication.translate("EvaluationEntryDialog", u"&2", None))
#if QT_CONFIG(accessibility)
        self.score2.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"P\u00e5stand 2", None))
#endif // QT_CONFIG(accessibility)
        self.score3Label.setText(QCoreApplication.translate("EvaluationEntryDialog", u"&3", None))
#if QT_CONFIG(accessibility)
        self.score3.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"P\u00e5stand 3", None))
#endif // QT_CONFIG(accessibility)
        self.score4Label.setText(QCoreApplication.translate("EvaluationEntryDialog", u"&4", None))
#if QT_CONFIG(accessibility)
        self.score4.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"P\u00e5stand 4", None))
#endif // QT_CONFIG(accessibility)
        self.commentLabel.setText(QCoreApplication.translate("EvaluationEntryDialog", u"K&ommentar", None))
#if QT_CONFIG(accessibility)
        self.comment.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"Kommentar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.confirmSave.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Lagre lik&evel (Enter)", None))
        self.confirmBack.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Rett skje&maet (Esc)", None))
        self.storeButton.setText(QCoreApplication.translate("EvaluationEntryDialog", u"&Lagre skjemaet (Enter)", None))
        self.closeButton.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Ferdi&g", None))
        self.batchHeading.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Skjemaer i denne bunken (periode og kommune), nyeste f\u00f8rst", None))
        ___qtablewidgetitem = self.batch.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Nr.", None))
        ___qtablewidgetitem1 = self.batch.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Svarte", None))
        ___qtablewidgetitem2 = self.batch.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Alder", None))
        ___qtablewidgetitem3 = self.batch.horizontalHeaderItem(7)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Kommentar", None))
#if QT_CONFIG(accessibility)
        self.batch.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"Skjemaer i denne bunken, nyeste f\u00f8rst", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tallyLabel.setAccessibleName(QCoreApplication.translate("EvaluationEntryDialog", u"Opptelling av bunken", None))
#endif // QT_CONFIG(accessibility)
        self.correctButton.setText(QCoreApplication.translate("EvaluationEntryDialog", u"&Rett valgt skjema", None))
        self.deleteButton.setText(QCoreApplication.translate("EvaluationEntryDialog", u"Slett &valgt skjema \u2026", None))
        pass
    # retranslateUi

