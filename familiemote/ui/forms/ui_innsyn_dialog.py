# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'innsyn_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QTableWidget,
    QTableWidgetItem)

class Ui_InnsynDialog(object):
    def setupUi(self, innsynRows):
        if not innsynRows.objectName():
            innsynRows.setObjectName(u"innsynRows")
        self.formLayout = QFormLayout(innsynRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(innsynRows)
        if (self.table.columnCount() < 2):
            self.table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.table.setObjectName(u"table")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.table)

        self.languageLabel = QLabel(innsynRows)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(innsynRows)
        self.language.setObjectName(u"language")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(innsynRows)

        QMetaObject.connectSlotsByName(innsynRows)
    # setupUi

    def retranslateUi(self, innsynRows):
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("InnsynDialog", u"Hold tilbake", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("InnsynDialog", u"Grunn (m\u00e5 fylles ut)", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("InnsynDialog", u"Opplysninger som kan holdes tilbake", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("InnsynDialog", u"&Spr\u00e5k:", None))
        pass
    # retranslateUi

