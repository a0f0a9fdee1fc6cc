# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'acute_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AcuteDialog(object):
    def setupUi(self, acuteDialog):
        if not acuteDialog.objectName():
            acuteDialog.setObjectName(u"acuteDialog")
        self.outer = QVBoxLayout(acuteDialog)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(acuteDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.inner = QVBoxLayout(self.content)
        self.inner.setObjectName(u"inner")
        self.title = QLabel(self.content)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)
        self.title.setFocusPolicy(Qt.StrongFocus)

        self.inner.addWidget(self.title)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

        self.closeRow = QHBoxLayout()
        self.closeRow.setObjectName(u"closeRow")
        self.closeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeRow.addItem(self.closeSpacer)

        self.closeButton = QPushButton(acuteDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.closeRow.addWidget(self.closeButton)


        self.outer.addLayout(self.closeRow)

        self.outer.setStretch(0, 1)

        self.retranslateUi(acuteDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(acuteDialog)
    # setupUi

    def retranslateUi(self, acuteDialog):
        acuteDialog.setWindowTitle(QCoreApplication.translate("AcuteDialog", u"Akutt: hva gj\u00f8r vi n\u00e5?", None))
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("AcuteDialog", u"Akuttruten", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("AcuteDialog", u"Akutt: hva gj\u00f8r vi n\u00e5?", None))
#endif // QT_CONFIG(accessibility)
        self.title.setText(QCoreApplication.translate("AcuteDialog", u"Akutt: hva gj\u00f8r vi n\u00e5?", None))
        self.closeButton.setText(QCoreApplication.translate("AcuteDialog", u"&Lukk", None))
    # retranslateUi

