# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QVBoxLayout)

from familiemote.ui.forms_base import DayEdit

class Ui_ConsentDialog(object):
    def setupUi(self, consentRows):
        if not consentRows.objectName():
            consentRows.setObjectName(u"consentRows")
        self.formLayout = QFormLayout(consentRows)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.giverLabel = QLabel(consentRows)
        self.giverLabel.setObjectName(u"giverLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.giverLabel)

        self.giverCombo = QComboBox(consentRows)
        self.giverCombo.setObjectName(u"giverCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.giverCombo)

        self.servicesBox = QGroupBox(consentRows)
        self.servicesBox.setObjectName(u"servicesBox")
        self.servicesLayout = QGridLayout(self.servicesBox)
        self.servicesLayout.setObjectName(u"servicesLayout")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.servicesBox)

        self.purposesBox = QGroupBox(consentRows)
        self.purposesBox.setObjectName(u"purposesBox")
        self.purposesLayout = QVBoxLayout(self.purposesBox)
        self.purposesLayout.setObjectName(u"purposesLayout")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.purposesBox)

        self.formLabel = QLabel(consentRows)
        self.formLabel.setObjectName(u"formLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formCombo = QComboBox(consentRows)
        self.formCombo.setObjectName(u"formCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.givenLabel = QLabel(consentRows)
        self.givenLabel.setObjectName(u"givenLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.givenDate = DayEdit(consentRows)
        self.givenDate.setObjectName(u"givenDate")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.givenDate)

        self.untilLabel = QLabel(consentRows)
        self.untilLabel.setObjectName(u"untilLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilLayout = QHBoxLayout()
        self.untilLayout.setObjectName(u"untilLayout")
        self.hasEndBox = QCheckBox(consentRows)
        self.hasEndBox.setObjectName(u"hasEndBox")
        self.hasEndBox.setChecked(True)

        self.untilLayout.addWidget(self.hasEndBox)

        self.untilDate = DayEdit(consentRows)
        self.untilDate.setObjectName(u"untilDate")

        self.untilLayout.addWidget(self.untilDate)

        self.untilLayout.setStretch(1, 1)

        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.untilLayout)

        self.recorderLabel = QLabel(consentRows)
        self.recorderLabel.setObjectName(u"recorderLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.recorderLabel)

        self.recorderEdit = QLineEdit(consentRows)
        self.recorderEdit.setObjectName(u"recorderEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.recorderEdit)

#if QT_CONFIG(shortcut)
        self.giverLabel.setBuddy(self.giverCombo)
        self.formLabel.setBuddy(self.formCombo)
        self.givenLabel.setBuddy(self.givenDate)
        self.untilLabel.setBuddy(self.untilDate)
        self.recorderLabel.setBuddy(self.recorderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(consentRows)
        self.hasEndBox.toggled.connect(self.untilDate.setEnabled)

        QMetaObject.connectSlotsByName(consentRows)
    # setupUi

    def retranslateUi(self, consentRows):
        self.giverLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Hvem samtykker:", None))
        self.servicesBox.setTitle(QCoreApplication.translate("ConsentDialog", u"Tjenester samtykket gjelder (fjern haken for tjenester som holdes utenfor)", None))
        self.purposesBox.setTitle(QCoreApplication.translate("ConsentDialog", u"Samtykket gjelder", None))
        self.formLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Form:", None))
        self.givenLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Gitt dato:", None))
#if QT_CONFIG(accessibility)
        self.givenDate.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Dato samtykket ble gitt", None))
#endif // QT_CONFIG(accessibility)
        self.untilLabel.setText(QCoreApplication.translate("ConsentDialog", u"Gyldig &til:", None))
        self.hasEndBox.setText(QCoreApplication.translate("ConsentDialog", u"Har slutt&dato", None))
#if QT_CONFIG(accessibility)
        self.untilDate.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Gyldig til", None))
#endif // QT_CONFIG(accessibility)
        self.recorderLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Registrert av:", None))
        pass
    # retranslateUi

