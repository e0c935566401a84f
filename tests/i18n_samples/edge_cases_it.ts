<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_GB">
<context>
    <name>Zeta</name>
    <message>
        <source>Open</source>
        <comment>menu</comment>
        <translation>Apri (menu)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Bozza</translation>
    </message>
    <message>
        <source>Empty unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty finished</source>
        <translation></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Andato</translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="obsolete">Vecchio</translation>
    </message>
    <message>
        <source>Tab<byte value="x9"/>here €</source>
        <translation>Tab<byte value="x9"/>qui €</translation>
    </message>
</context>
<context>
    <name>Alpha</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n giorno</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
