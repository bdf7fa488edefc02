<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ListsPage</name>
    <message numerus="yes">
        <source>%Ln contact(s) in this database</source>
        <translation><numerusform>%Ln contact in this database</numerusform><numerusform>%Ln contacts in this database</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation><numerusform>%Ln contact</numerusform><numerusform>%Ln contacts</numerusform></translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message numerus="yes">
        <source>%Ln prospect(s) in the pipeline</source>
        <translation><numerusform>%Ln prospect in the pipeline</numerusform><numerusform>%Ln prospects in the pipeline</numerusform></translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message numerus="yes">
        <source>%Ln contact(s) ready to check</source>
        <translation><numerusform>%Ln contact ready to check</numerusform><numerusform>%Ln contacts ready to check</numerusform></translation>
    </message>
</context>
</TS>