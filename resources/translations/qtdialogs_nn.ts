<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
    <!-- Qt's own nynorsk catalogue (qtbase_nn.qm) lacks these strings of the file dialog
         in Qt 6; loaded after it, so these are found first. -->
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Sjå i:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Filer av &amp;typen:</translation>
        </message>
    </context>
</TS>
