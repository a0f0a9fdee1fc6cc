# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'info_box_editor.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_InfoBoxEditor(object):
    def setupUi(self, InfoBoxEditor):
        if not InfoBoxEditor.objectName():
            InfoBoxEditor.setObjectName(u"InfoBoxEditor")
        self.outer = QVBoxLayout(InfoBoxEditor)
        self.outer.setObjectName(u"outer")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(InfoBoxEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(InfoBoxEditor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.coversLabel = QLabel(InfoBoxEditor)
        self.coversLabel.setObjectName(u"coversLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coversLabel)

        self.coversEdit = QLineEdit(InfoBoxEditor)
        self.coversEdit.setObjectName(u"coversEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.coversEdit)


        self.outer.addLayout(self.formLayout)

        self.stateLabel = QLabel(InfoBoxEditor)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.outer.addWidget(self.stateLabel)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.partsLabel = QLabel(InfoBoxEditor)
        self.partsLabel.setObjectName(u"partsLabel")

        self.left.addWidget(self.partsLabel)

        self.blockList = QListWidget(InfoBoxEditor)
        self.blockList.setObjectName(u"blockList")
        self.blockList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.blockList.setWordWrap(True)

        self.left.addWidget(self.blockList)

        self.moveRow = QHBoxLayout()
        self.moveRow.setObjectName(u"moveRow")
        self.upButton = QPushButton(InfoBoxEditor)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoDefault(False)

        self.moveRow.addWidget(self.upButton)

        self.downButton = QPushButton(InfoBoxEditor)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoDefault(False)

        self.moveRow.addWidget(self.downButton)

        self.removeButton = QPushButton(InfoBoxEditor)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.moveRow.addWidget(self.removeButton)


        self.left.addLayout(self.moveRow)

        self.addRow = QGridLayout()
        self.addRow.setObjectName(u"addRow")
        self.addHeading = QPushButton(InfoBoxEditor)
        self.addHeading.setObjectName(u"addHeading")
        self.addHeading.setAutoDefault(False)

        self.addRow.addWidget(self.addHeading, 0, 0, 1, 1)

        self.addParagraph = QPushButton(InfoBoxEditor)
        self.addParagraph.setObjectName(u"addParagraph")
        self.addParagraph.setAutoDefault(False)

        self.addRow.addWidget(self.addParagraph, 0, 1, 1, 1)

        self.addList = QPushButton(InfoBoxEditor)
        self.addList.setObjectName(u"addList")
        self.addList.setAutoDefault(False)

        self.addRow.addWidget(self.addList, 0, 2, 1, 1)

        self.addPhone = QPushButton(InfoBoxEditor)
        self.addPhone.setObjectName(u"addPhone")
        self.addPhone.setAutoDefault(False)

        self.addRow.addWidget(self.addPhone, 1, 0, 1, 1)

        self.addLink = QPushButton(InfoBoxEditor)
        self.addLink.setObjectName(u"addLink")
        self.addLink.setAutoDefault(False)

        self.addRow.addWidget(self.addLink, 1, 1, 1, 1)


        self.left.addLayout(self.addRow)

        self.left.setStretch(1, 1)

        self.body.addLayout(self.left)

        self.pages = QStackedWidget(InfoBoxEditor)
        self.pages.setObjectName(u"pages")
        self.emptyPage = QLabel()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyPage.setWordWrap(True)
        self.pages.addWidget(self.emptyPage)
        self.textPage = QWidget()
        self.textPage.setObjectName(u"textPage")
        self.textLayout = QVBoxLayout(self.textPage)
        self.textLayout.setObjectName(u"textLayout")
        self.textLabel = QLabel(self.textPage)
        self.textLabel.setObjectName(u"textLabel")

        self.textLayout.addWidget(self.textLabel)

        self.textEdit = QPlainTextEdit(self.textPage)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.textLayout.addWidget(self.textEdit)

        self.textHint = QLabel(self.textPage)
        self.textHint.setObjectName(u"textHint")
        self.textHint.setWordWrap(True)

        self.textLayout.addWidget(self.textHint)

        self.textLayout.setStretch(1, 1)
        self.pages.addWidget(self.textPage)
        self.pairPage = QWidget()
        self.pairPage.setObjectName(u"pairPage")
        self.pair = QFormLayout(self.pairPage)
        self.pair.setObjectName(u"pair")
        self.labelLabel = QLabel(self.pairPage)
        self.labelLabel.setObjectName(u"labelLabel")

        self.pair.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(self.pairPage)
        self.labelEdit.setObjectName(u"labelEdit")

        self.pair.setWidget(0, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.valueLabel = QLabel(self.pairPage)
        self.valueLabel.setObjectName(u"valueLabel")

        self.pair.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueEdit = QLineEdit(self.pairPage)
        self.valueEdit.setObjectName(u"valueEdit")

        self.pair.setWidget(1, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.pairHint = QLabel(self.pairPage)
        self.pairHint.setObjectName(u"pairHint")
        self.pairHint.setWordWrap(True)

        self.pair.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.pairHint)

        self.pages.addWidget(self.pairPage)

        self.body.addWidget(self.pages)

        self.body.setStretch(0, 1)
        self.body.setStretch(1, 1)

        self.outer.addLayout(self.body)

        self.errorLabel = QLabel(InfoBoxEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.outer.addWidget(self.errorLabel)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.resetButton = QPushButton(InfoBoxEditor)
        self.resetButton.setObjectName(u"resetButton")
        self.resetButton.setAutoDefault(False)

        self.bottom.addWidget(self.resetButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottomSpacer)

        self.cancelButton = QPushButton(InfoBoxEditor)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.bottom.addWidget(self.cancelButton)

        self.saveButton = QPushButton(InfoBoxEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.bottom.addWidget(self.saveButton)


        self.outer.addLayout(self.bottom)

        self.outer.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.coversLabel.setBuddy(self.coversEdit)
        self.partsLabel.setBuddy(self.blockList)
        self.textLabel.setBuddy(self.textEdit)
        self.labelLabel.setBuddy(self.labelEdit)
        self.valueLabel.setBuddy(self.valueEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InfoBoxEditor)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(InfoBoxEditor)
    # setupUi

    def retranslateUi(self, InfoBoxEditor):
        self.titleLabel.setText(QCoreApplication.translate("InfoBoxEditor", u"&Tittel:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("InfoBoxEditor", u"Tittel", None))
#endif // QT_CONFIG(accessibility)
        self.coversLabel.setText(QCoreApplication.translate("InfoBoxEditor", u"Hva boksen &dekker:", None))
#if QT_CONFIG(accessibility)
        self.coversEdit.setAccessibleName(QCoreApplication.translate("InfoBoxEditor", u"Hva boksen dekker", None))
#endif // QT_CONFIG(accessibility)
        self.partsLabel.setText(QCoreApplication.translate("InfoBoxEditor", u"D&eler:", None))
#if QT_CONFIG(accessibility)
        self.blockList.setAccessibleName(QCoreApplication.translate("InfoBoxEditor", u"Delene i boksen", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("InfoBoxEditor", u"Flytt &opp", None))
        self.downButton.setText(QCoreApplication.translate("InfoBoxEditor", u"Flytt &ned", None))
        self.removeButton.setText(QCoreApplication.translate("InfoBoxEditor", u"&Fjern delen", None))
        self.addHeading.setText(QCoreApplication.translate("InfoBoxEditor", u"Ny overskr&ift", None))
        self.addParagraph.setText(QCoreApplication.translate("InfoBoxEditor", u"Nytt a&vsnitt", None))
        self.addList.setText(QCoreApplication.translate("InfoBoxEditor", u"Ny &punktliste", None))
        self.addPhone.setText(QCoreApplication.translate("InfoBoxEditor", u"Nytt telefonn&ummer", None))
        self.addLink.setText(QCoreApplication.translate("InfoBoxEditor", u"Ny len&ke", None))
        self.emptyPage.setText(QCoreApplication.translate("InfoBoxEditor", u"Velg en del i listen, eller legg til en ny.", None))
        self.textLabel.setText(QCoreApplication.translate("InfoBoxEditor", u"Inn&hold:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("InfoBoxEditor", u"Teksten", None))
#endif // QT_CONFIG(accessibility)
        self.labelLabel.setText(QCoreApplication.translate("InfoBoxEditor", u"N&avn:", None))
#if QT_CONFIG(accessibility)
        self.labelEdit.setAccessibleName(QCoreApplication.translate("InfoBoxEditor", u"Navn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("InfoBoxEditor", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.resetButton.setText(QCoreApplication.translate("InfoBoxEditor", u"Til&bake til standardteksten", None))
        self.cancelButton.setText(QCoreApplication.translate("InfoBoxEditor", u"Avb&ryt", None))
        self.saveButton.setText(QCoreApplication.translate("InfoBoxEditor", u"&Lagre", None))
        pass
    # retranslateUi

