<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>About Mastocytosis Diary</source>
        <translation>Informazioni su Diario della mastocitosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>Mastocytosis Diary</source>
        <translation>Diario della mastocitosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>A diary of symptoms, episodes, injections, medicines and lab results for children with mastocytosis treated with omalizumab or a similar medicine.</source>
        <translation>Un diario di sintomi, episodi, iniezioni, farmaci ed esami di laboratorio per bambini con mastocitosi trattati con omalizumab o un farmaco simile.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>Your data</source>
        <translation>I tuoi dati</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>Everything you write stays on this computer: the app never connects to the internet and sends nothing to anyone. The diary is one file in this folder, with its automatic backups in the “%1” folder inside it.</source>
        <translation>Tutto ciò che scrivi resta su questo computer: l’app non si collega mai a internet e non invia nulla a nessuno. Il diario è un unico file in questa cartella, con i backup automatici nella cartella “%1” al suo interno.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>Diary folder</source>
        <translation>Cartella del diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Apri la cartella</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>&amp;Copy the path</source>
        <translation>&amp;Copia il percorso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>This program is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Questo programma è software libero: puoi condividerlo e modificarlo secondo i termini della GNU General Public License, versione 3 o (a tua scelta) una versione successiva. È fornito SENZA ALCUNA GARANZIA.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>It does not give medical advice: talk to your child&apos;s doctor before changing any treatment.</source>
        <translation>Non fornisce consigli medici: parla con il medico di tuo figlio prima di modificare qualsiasi terapia.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>Made with Python %1 and Qt for Python (PySide6) %2, which is available under the GNU Lesser General Public License, version 3.</source>
        <translation>Realizzato con Python %1 e Qt for Python (PySide6) %2, disponibile secondo la GNU Lesser General Public License, versione 3.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>The folder was opened in your file manager.</source>
        <translation>La cartella è stata aperta nel gestore dei file.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>No file manager could be opened. The folder&apos;s path was copied: paste it into your file manager&apos;s address bar.</source>
        <translation>Non è stato possibile aprire un gestore dei file. Il percorso della cartella è stato copiato: incollalo nella barra degli indirizzi del gestore dei file.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/about_dialog.py"/>
        <source>The folder&apos;s path was copied.</source>
        <translation>Il percorso della cartella è stato copiato.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>&amp;Day</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Total: not known until enough items are answered</source>
        <translation>Totale: non noto finché non si risponde ad abbastanza domande</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Total: %1 (%2)</source>
        <translation>Totale: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Total: %1</source>
        <translation>Totale: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>A backup is made each time the diary is opened or closed after a change. The last 10 are kept, and one for each month of the last two years.</source>
        <translation>Viene fatto un backup ogni volta che il diario viene aperto o chiuso dopo una modifica. Si conservano gli ultimi 10 e uno per ogni mese degli ultimi due anni.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Taken</source>
        <translation>Eseguito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Made</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Children</source>
        <translation>Bambini</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Last entry</source>
        <translation>Ultima annotazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>&amp;Back up now</source>
        <translation>Fai un &amp;backup ora</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Back up now</source>
        <translation>Fai un backup ora</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Restore the selected backup</source>
        <translation>Ripristina il backup selezionato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>There are no backups yet.</source>
        <translation>Non ci sono ancora backup.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>unreadable</source>
        <translation>illeggibile</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>before the import of %1</source>
        <translation>prima dell&apos;importazione di %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>before an upgrade</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>when opened</source>
        <translation>all’apertura</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>when closed</source>
        <translation>alla chiusura</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>by you</source>
        <translation>da te</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>of the demo diary</source>
        <translation>del diario dimostrativo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Backup made and checked: %1</source>
        <translation>Backup eseguito e verificato: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>Restore this backup?</source>
        <translation>Ripristinare questo backup?</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>The diary will be replaced by the backup taken %1. The diary as it is now is kept as a backup first, so you can go back.</source>
        <translation>Il diario verrà sostituito dal backup eseguito %1. Prima il diario com’è ora viene salvato come backup, così potrai tornare indietro.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>The backup was not restored: %1</source>
        <translation>Il backup non è stato ripristinato: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>The backup taken %1 was restored.</source>
        <translation>Il backup eseguito %1 è stato ripristinato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/backups_dialog.py"/>
        <source>The diary as it was is in the list as “before a restore”.</source>
        <translation>Il diario com’era prima si trova nell’elenco come “prima di un ripristino”.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../masto_diary/ui/charts/common.py"/>
        <source>Why the chart is empty</source>
        <translation>Perché il grafico è vuoto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/common.py"/>
        <source>Values under the mouse</source>
        <translation>Valori sotto il mouse</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/common.py"/>
        <source>Save chart…</source>
        <translation>Salva grafico…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/common.py"/>
        <source>Save this chart as a picture</source>
        <translation>Salva questo grafico come immagine</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/common.py"/>
        <source>Save as PNG picture…</source>
        <translation>Salva come immagine PNG…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/common.py"/>
        <source>Save as SVG drawing…</source>
        <translation>Salva come disegno SVG…</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>&amp;Trend</source>
        <translation>A&amp;ndamento</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>&amp;Dose cycle</source>
        <translation>Ciclo della &amp;dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>&amp;Labs</source>
        <translation>&amp;Esami</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>&amp;Patterns</source>
        <translation>&amp;Ricorrenze</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>F&amp;igures</source>
        <translation>Nu&amp;meri</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Range of days shown</source>
        <translation>Intervallo di giorni mostrato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Last 365 days</source>
        <translation>Ultimi 365 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Custom…</source>
        <translation>Personalizzato…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>&amp;Range:</source>
        <translation>&amp;Intervallo:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>First day shown</source>
        <translation>Primo giorno mostrato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Last day shown</source>
        <translation>Ultimo giorno mostrato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Compare the first and last %1 days on therapy</source>
        <translation>Confronta i primi e gli ultimi %1 giorni di terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Compare two periods in the profile</source>
        <translation>Confronta due periodi nel profilo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Single &amp;symptoms on the trend:</source>
        <translation>&amp;Sintomi singoli nell’andamento:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Symptoms shown as single lines</source>
        <translation>Sintomi mostrati come linee singole</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>Chart of %1 to %2. Symptom-free days: %3 before therapy, %4 on therapy. Mean daily score: %5 before, %6 on therapy. Episodes per 28 days: %7 before, %8 on therapy.</source>
        <translation>Grafico dal %1 al %2. Giorni senza sintomi: %3 prima della terapia, %4 in terapia. Punteggio medio giornaliero: %5 prima, %6 in terapia. Episodi ogni 28 giorni: %7 prima, %8 in terapia.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>&amp;Weekly UAS7</source>
        <translation>UAS7 &amp;settimanale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/charts.py"/>
        <source>%1 (hidden)</source>
        <translation>%1 (nascosto)</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Edit child</source>
        <translation>Modifica bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Add a child</source>
        <translation>Aggiungi un bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Condition</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>What the diary follows. It picks the symptoms asked each evening; changing it later adds the new condition&apos;s symptoms and deletes no score.</source>
        <translation>Ciò che il diario segue. Decide i sintomi chiesti ogni sera; cambiarla in seguito aggiunge i sintomi della nuova condizione e non cancella alcun punteggio.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Diagnosis</source>
        <translation>Diagnosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Clinic</source>
        <translation>Centro di cura</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>&amp;Birth date</source>
        <translation>Data di n&amp;ascita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Condi&amp;tion</source>
        <translation>Condi&amp;zione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>&amp;Sex</source>
        <translation>&amp;Sesso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>&amp;Clinic</source>
        <translation>&amp;Centro di cura</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Name: please type the child&apos;s name.</source>
        <translation>Nome: scrivi il nome del bambino.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_dialog.py"/>
        <source>Name: a child called &apos;%s&apos; is already in this diary.</source>
        <translation>Nome: in questo diario c’è già un bambino di nome &apos;%s&apos;.</translation>
    </message>
</context>
<context>
    <name>ChildOverviewModel</name>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Child</source>
        <translation>Bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>This evening&apos;s entry</source>
        <translation>Annotazione di stasera</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Next injection due</source>
        <translation>Prossima iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Diagnosis</source>
        <translation>Diagnosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Last entry</source>
        <translation>Ultima annotazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Last injection</source>
        <translation>Ultima iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source> (archived)</source>
        <translation> (archiviato)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>✓ written</source>
        <translation>✓ scritta</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>not written yet</source>
        <translation>non ancora scritta</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>%1 years</source>
        <translation>%1 anni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>none yet</source>
        <translation>nessuna finora</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 giorni fa)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>no treatment plan</source>
        <translation>nessun piano di terapia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>%1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 — in ritardo di %n giorno</numerusform>
            <numerusform>%1 — in ritardo di %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>%1 (in %2 days)</source>
        <translation>%1 (tra %2 giorni)</translation>
    </message>
</context>
<context>
    <name>ChildSettingsDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>&amp;Details</source>
        <translation>&amp;Dati</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>&amp;Symptoms</source>
        <translation>&amp;Sintomi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>&amp;Triggers</source>
        <translation>&amp;Fattori scatenanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>De&amp;lete child…</source>
        <translation>&amp;Elimina bambino…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Delete child</source>
        <translation>Elimina bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Condition</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Diagnosis</source>
        <translation>Diagnosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Clinic</source>
        <translation>Centro di cura</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Modifica dati…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Edit details</source>
        <translation>Modifica dati</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>The daily entry asks these symptoms in this order. Hiding a symptom stops asking it; its past scores stay in the diary, the charts and the report.</source>
        <translation>L’annotazione giornaliera chiede questi sintomi in quest’ordine. Nascondere un sintomo smette di chiederlo; i punteggi passati restano nel diario, nei grafici e nel referto.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Symptoms of this child</source>
        <translation>Sintomi di questo bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Move &amp;up</source>
        <translation>Sposta in &amp;alto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Move up</source>
        <translation>Sposta in alto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Sposta in alto (Ctrl+Su)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Move do&amp;wn</source>
        <translation>Sposta in &amp;basso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Move down</source>
        <translation>Sposta in basso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Sposta in basso (Ctrl+Giù)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>&amp;Hide</source>
        <translation>&amp;Nascondi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Change &amp;name to:</source>
        <translation>Cambia &amp;nome in:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>New name of the symptom</source>
        <translation>Nuovo nome del sintomo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Rename symptom</source>
        <translation>Rinomina sintomo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Add a s&amp;ymptom:</source>
        <translation>Aggiungi un s&amp;intomo:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>New symptom</source>
        <translation>Nuovo sintomo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>&amp;Add</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Add symptom</source>
        <translation>Aggiungi sintomo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>e.g. Leg cramps</source>
        <translation>es. Crampi alle gambe</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Triggers are offered when an episode is recorded. A trigger already named in episodes can be renamed but not removed, so those episodes keep it.</source>
        <translation>I fattori scatenanti vengono proposti quando si registra un episodio. Un fattore già indicato in qualche episodio si può rinominare ma non eliminare, così quegli episodi lo conservano.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Triggers of this child</source>
        <translation>Fattori scatenanti di questo bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Re&amp;move</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Remove trigger</source>
        <translation>Elimina fattore scatenante</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>New name of the trigger</source>
        <translation>Nuovo nome del fattore scatenante</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Rename trigger</source>
        <translation>Rinomina fattore scatenante</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Add a tri&amp;gger:</source>
        <translation>Aggiungi un &amp;fattore:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>New trigger</source>
        <translation>Nuovo fattore scatenante</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Add trigger</source>
        <translation>Aggiungi fattore scatenante</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>e.g. sunscreen</source>
        <translation>es. crema solare</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Settings of %1</source>
        <translation>Impostazioni di %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source> (archived)</source>
        <translation> (archiviato)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>%1 (%2 years old)</source>
        <translation>%1 (%2 anni)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Unarchi&amp;ve</source>
        <translation>Togli dall’arc&amp;hivio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Unarchive</source>
        <translation>Togli dall’archivio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Archived: not in the child switcher. Unarchive to write again.</source>
        <translation>Archiviato: non compare nella scelta del bambino. Toglilo dall’archivio per scrivere di nuovo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Archi&amp;ve</source>
        <translation>Arc&amp;hivia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Archiving hides the child from the switcher and keeps the diary.</source>
        <translation>Archiviare toglie il bambino dalla scelta ma conserva il diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Name: please type a name.</source>
        <translation>Nome: scrivi un nome.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Name: at most 100 characters.</source>
        <translation>Nome: al massimo 100 caratteri.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Name: “%1” is already in the list of %2.</source>
        <translation>Nome: “%1” è già nell’elenco dei %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>symptoms</source>
        <translation>sintomi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>“%1” is named in %n episode(s): it can be renamed, not removed.</source>
        <translation>
            <numerusform>“%1” è indicato in %n episodio: si può rinominare, non eliminare.</numerusform>
            <numerusform>“%1” è indicato in %n episodi: si può rinominare, non eliminare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>triggers</source>
        <translation>fattori scatenanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Remove the trigger “%1”? No episode names it.</source>
        <translation>Eliminare il fattore scatenante “%1”? Nessun episodio lo indica.</translation>
    </message>
</context>
<context>
    <name>CycleProfileChart</name>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>Dose-cycle profile</source>
        <translation>Profilo del ciclo della dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>Daily score</source>
        <translation>Punteggio giornaliero</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>Days (n)</source>
        <translation>Giorni (n)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>Days since the injection (0 = injection day)</source>
        <translation>Giorni dall’iniezione (0 = giorno dell’iniezione)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>Choose a child to see the charts.</source>
        <translation>Scegli un bambino per vedere i grafici.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>The dose-cycle profile appears after the first injection: record injections and evening entries to see whether symptoms come back before the next dose.</source>
        <translation>Il profilo del ciclo della dose compare dopo la prima iniezione: registra le iniezioni e le annotazioni serali per vedere se i sintomi tornano prima della dose successiva.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>Daily UAS (0–6)</source>
        <translation>UAS giornaliero (0–6)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>Fewer than %1 cycles behind the point (their number)</source>
        <translation>Meno di %1 cicli dietro il punto (il loro numero)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>Only %1 days with a daily score after an injection in the chosen range: the profile needs at least %2. Choose a longer range.</source>
        <translation>Solo %1 giorni con un punteggio giornaliero dopo un’iniezione nell’intervallo scelto: il profilo ne richiede almeno %2. Scegli un intervallo più lungo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>Median, %1, from %2 dose cycles</source>
        <translation>Mediana, %1, da %2 cicli di dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>Middle half of the days (IQR)</source>
        <translation>Metà centrale dei giorni (IQR)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>next dose due</source>
        <translation>prossima dose prevista</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>no days</source>
        <translation>nessun giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>median %1 (IQR %2–%3), n = %4 days from %5 cycles</source>
        <translation>mediana %1 (IQR %2–%3), n = %4 giorni da %5 cicli</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/cycle_profile.py"/>
        <source>Day %1 after the injection</source>
        <translation>Giorno %1 dopo l’iniezione</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>DeleteChildDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Delete %1&apos;s diary</source>
        <translation>Elimina il diario di %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>&lt;b&gt;This deletes %1 and everything written about them:&lt;/b&gt; %2.&lt;br&gt;It cannot be undone (backups taken earlier still hold the data). To keep the diary but hide it, archive instead.</source>
        <translation>&lt;b&gt;Così si eliminano %1 e tutto ciò che è stato scritto su di lui o lei:&lt;/b&gt; %2.&lt;br&gt;Non si può annullare (i backup fatti prima conservano ancora i dati). Per conservare il diario ma nasconderlo, archivialo invece.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Type the child&apos;s name to confirm</source>
        <translation>Scrivi il nome del bambino per confermare</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>&amp;Type %1 to confirm:</source>
        <translation>&amp;Scrivi %1 per confermare:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>&amp;Delete for ever</source>
        <translation>&amp;Elimina per sempre</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Delete for ever</source>
        <translation>Elimina per sempre</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>%1 daily entries</source>
        <translation>%1 annotazioni giornaliere</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>%1 episodes</source>
        <translation>%1 episodi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>%1 injections</source>
        <translation>%1 iniezioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>%1 medication rows</source>
        <translation>%1 righe di farmaci</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>%1 lab results</source>
        <translation>%1 esami di laboratorio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>%1 clinic visits</source>
        <translation>%1 visite</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Type the name to enable Delete.</source>
        <translation>Scrivi il nome per abilitare Elimina.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>“%1” is not “%2” (capitals count).</source>
        <translation>“%1” non è “%2” (le maiuscole contano).</translation>
    </message>
</context>
<context>
    <name>DoseChangeDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Change the dose of %1</source>
        <translation>Cambia la dose di %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Stop %1</source>
        <translation>Sospendi %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Restart %1</source>
        <translation>Riprendi %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>New dose</source>
        <translation>Nuova dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>How often</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>e.g. taper agreed at the visit</source>
        <translation>es. riduzione concordata alla visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>New dose &amp;from</source>
        <translation>Nuova dose &amp;dal</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>&amp;First day without it</source>
        <translation>&amp;Primo giorno senza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Taken again &amp;from</source>
        <translation>Di nuovo preso &amp;dal</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>&amp;Dose</source>
        <translation>D&amp;ose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>How &amp;often</source>
        <translation>&amp;Frequenza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>&lt;b&gt;%1&lt;/b&gt; now: %2, since %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ora: %2, dal %3</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>&lt;b&gt;%1&lt;/b&gt; last taken: %2, until %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; preso l’ultima volta: %2, fino al %3</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>From: the new dose must start after %1, when the current dose started.</source>
        <translation>Dal: la nuova dose deve iniziare dopo il %1, quando è iniziata la dose attuale.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>From: it was started on %1; the first day without it must come later.</source>
        <translation>Dal: è stato iniziato il %1; il primo giorno senza deve venire dopo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>From: it was last taken on %1; restart after that.</source>
        <translation>Dal: è stato preso l’ultima volta il %1; riprendilo dopo quella data.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Dose: please type the dose as a number.</source>
        <translation>Dose: scrivi la dose come numero.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Dose: the dose cannot be negative.</source>
        <translation>Dose: la dose non può essere negativa.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Dose: this is the current dose; change the dose or how often.</source>
        <translation>Dose: questa è la dose attuale; cambia la dose o la frequenza.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>The last day of the old dose will be %1.</source>
        <translation>L’ultimo giorno della vecchia dose sarà il %1.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>The last day taken will be %1.</source>
        <translation>L’ultimo giorno di assunzione sarà il %1.</translation>
    </message>
</context>
<context>
    <name>EarlierDosesDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Add earlier doses</source>
        <translation>Aggiungi dosi precedenti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Enter the doses given before this diary was started. Give the first date, the interval and the number of doses, press “Fill the table”, then correct any row (double-click a cell). Nothing is saved until you press Save.</source>
        <translation>Inserisci le dosi date prima di iniziare questo diario. Indica la prima data, l’intervallo e il numero di dosi, premi “Riempi la tabella”, poi correggi le righe se serve (doppio clic su una cella). Nulla viene salvato finché non premi Salva.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Date of the first dose</source>
        <translation>Data della prima dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Interval in days</source>
        <translation>Intervallo in giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Number of doses</source>
        <translation>Numero di dosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Dose in milligrams</source>
        <translation>Dose in milligrammi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Site of the first dose</source>
        <translation>Sede della prima dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Not recorded</source>
        <translation>Non registrata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Lot number</source>
        <translation>Numero di lotto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>&amp;Fill the table</source>
        <translation>&amp;Riempi la tabella</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Fill the table</source>
        <translation>Riempi la tabella</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>F&amp;irst dose on:</source>
        <translation>&amp;Prima dose il:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>&amp;Every:</source>
        <translation>O&amp;gni:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>N&amp;umber of doses:</source>
        <translation>N&amp;umero di dosi:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dose:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>First si&amp;te:</source>
        <translation>Prima s&amp;ede:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>&amp;Lot:</source>
        <translation>&amp;Lotto:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Doses to add</source>
        <translation>Dosi da aggiungere</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>&amp;Remove row</source>
        <translation>&amp;Togli riga</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Remove the selected row</source>
        <translation>Togli la riga selezionata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>&amp;Save 1 dose</source>
        <translation>&amp;Salva 1 dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>&amp;Save %1 doses</source>
        <translation>&amp;Salva %1 dosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>There is no dose in the table: press “Fill the table”.</source>
        <translation>Nella tabella non c’è nessuna dose: premi “Riempi la tabella”.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Nothing was saved:</source>
        <translation>Non è stato salvato nulla:</translation>
    </message>
</context>
<context>
    <name>EarlierDosesModel</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Dose (mg)</source>
        <translation>Dose (mg)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>not recorded</source>
        <translation>non registrata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>this day is in the future</source>
        <translation>questo giorno è nel futuro</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>the dose must be more than 0 mg</source>
        <translation>la dose deve essere maggiore di 0 mg</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>a dose on this day is already in the diary</source>
        <translation>una dose in questo giorno è già nel diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>same day as row %1</source>
        <translation>stesso giorno della riga %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Edit episode</source>
        <translation>Modifica episodio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>New episode</source>
        <translation>Nuovo episodio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Save the episode</source>
        <translation>Salva l’episodio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>When it started</source>
        <translation>Quando è iniziato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Other time (set below)</source>
        <translation>Altro orario (qui sotto)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>How long it lasted</source>
        <translation>Quanto è durato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Other end (set below)</source>
        <translation>Altra fine (qui sotto)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>It has &amp;ended:</source>
        <translation>È finit&amp;o:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>The episode has ended</source>
        <translation>L’episodio è finito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Ended</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Kind of episode</source>
        <translation>Tipo di episodio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>How &amp;long:</source>
        <translation>D&amp;urata:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravità:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>S&amp;tarted:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Rescue treatment given</source>
        <translation>Terapia al bisogno somministrata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Extra anti&amp;histamine</source>
        <translation>&amp;Antistaminico aggiuntivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Ster&amp;oid</source>
        <translation>&amp;Cortisonico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>E&amp;pinephrine auto-injector</source>
        <translation>Autoiniettore di a&amp;drenalina</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>E&amp;mergency visit</source>
        <translation>&amp;Pronto soccorso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>what, how much, when</source>
        <translation>cosa, quanto, quando</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Rescue details</source>
        <translation>Dettagli della terapia al bisogno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Deta&amp;ils:</source>
        <translation>D&amp;ettagli:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Symptoms during the episode</source>
        <translation>Sintomi durante l’episodio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>S&amp;ymptoms:</source>
        <translation>&amp;Sintomi:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Possible triggers</source>
        <translation>Possibili fattori scatenanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>New trigger</source>
        <translation>Nuovo fattore scatenante</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>e.g. sun cream</source>
        <translation>es. crema solare</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>A&amp;dd new trigger</source>
        <translation>Aggiungi nuo&amp;vo fattore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Add new trigger</source>
        <translation>Aggiungi nuovo fattore scatenante</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>T&amp;riggers:</source>
        <translation>&amp;Fattori scatenanti:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>New tri&amp;gger:</source>
        <translation>Nuovo fatto&amp;re:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>The start is in the future: check the date and time.</source>
        <translation>L’inizio è nel futuro: controlla data e ora.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>The end is before the start (%1): choose a later end.</source>
        <translation>La fine è prima dell’inizio (%1): scegli una fine successiva.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>The end is in the future: untick “It has ended” if it is still going on.</source>
        <translation>La fine è nel futuro: togli la spunta a “È finito” se è ancora in corso.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/episode_dialog.py"/>
        <source>Anaphylaxis: tick the epinephrine auto-injector below if it was used.</source>
        <translation>Anafilassi: spunta qui sotto l’autoiniettore di adrenalina se è stato usato.</translation>
    </message>
</context>
<context>
    <name>EpisodeTableModel</name>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Lasted</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Triggers</source>
        <translation>Fattori scatenanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Rescue treatment</source>
        <translation>Terapia al bisogno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>EPINEPHRINE</source>
        <translation>ADRENALINA</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>emergency visit</source>
        <translation>pronto soccorso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>extra antihistamine</source>
        <translation>antistaminico aggiuntivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>steroid</source>
        <translation>cortisonico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Symptoms: %1</source>
        <translation>Sintomi: %1</translation>
    </message>
</context>
<context>
    <name>EpisodesPage</name>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Episodes</source>
        <translation>Episodi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Show episodes of kind</source>
        <translation>Mostra episodi del tipo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>&amp;Show:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Episodes, newest first</source>
        <translation>Episodi, dal più recente</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>&amp;New episode…</source>
        <translation>&amp;Nuovo episodio…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Record an episode (Ctrl+N)</source>
        <translation>Registra un episodio (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Double-click an episode (or press Enter) to edit it; Delete removes it.</source>
        <translation>Doppio clic su un episodio (o Invio) per modificarlo; Canc lo elimina.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>1 episode</source>
        <translation>1 episodio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>%1 episodes</source>
        <translation>%1 episodi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Add a child on the Overview page to record episodes.</source>
        <translation>Aggiungi un bambino nella pagina Panoramica per registrare gli episodi.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>No episode of this kind recorded.</source>
        <translation>Nessun episodio di questo tipo registrato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>No episode recorded yet. Press “New episode” when one happens.</source>
        <translation>Nessun episodio registrato finora. Premi “Nuovo episodio” quando ne capita uno.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Delete the %1 episode of %2?</source>
        <translation>Eliminare l’episodio di %1 del %2?</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Delete episode</source>
        <translation>Elimina episodio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/episodes.py"/>
        <source>Episode not deleted</source>
        <translation>Episodio non eliminato</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>Export the diary</source>
        <translation>Esporta il diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>Complete backup for masto-diary (JSON)</source>
        <translation>Backup completo per masto-diary (JSON)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>Spreadsheet tables (CSV files in a ZIP)</source>
        <translation>Tabelle per foglio di calcolo (file CSV in uno ZIP)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>For clinic systems (FHIR R4, JSON)</source>
        <translation>Per i sistemi sanitari (FHIR R4, JSON)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>Child</source>
        <translation>Bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>All children</source>
        <translation>Tutti i bambini</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>&amp;Child:</source>
        <translation>&amp;Bambino:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>&lt;b&gt;The exported file holds your child&apos;s health data.&lt;/b&gt; Save it somewhere private, and think twice before e-mailing it or putting it on a shared drive or cloud folder.</source>
        <translation>&lt;b&gt;Il file esportato contiene i dati sanitari di tuo figlio.&lt;/b&gt; Salvalo in un luogo riservato e pensaci bene prima di inviarlo per e-mail o di metterlo su un disco condiviso o in una cartella cloud.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>Warning: health data</source>
        <translation>Attenzione: dati sanitari</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>Save the export</source>
        <translation>Salva l’esportazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/export_dialog.py"/>
        <source>The export was not saved: %1</source>
        <translation>L’esportazione non è stata salvata: %1</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Growth</source>
        <translation>Crescita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Day of the measurement</source>
        <translation>Giorno della misurazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Weight in kg</source>
        <translation>Peso in kg</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Height in cm</source>
        <translation>Altezza in cm</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>&amp;Day</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>&amp;Weight</source>
        <translation>&amp;Peso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>&amp;Height</source>
        <translation>Al&amp;tezza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Centile</source>
        <translation>Centile</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Height</source>
        <translation>Altezza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>BMI</source>
        <translation>IMC</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>BMI centile</source>
        <translation>Centile IMC</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Weights and heights</source>
        <translation>Pesi e altezze</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Height for age</source>
        <translation>Altezza per età</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Weight for age</source>
        <translation>Peso per età</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>age (years)</source>
        <translation>età (anni)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Chart:</source>
        <translation>Grafico:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>WHO has no weight-for-age after 10 years: see the BMI centile (from a height of the same day).</source>
        <translation>L’OMS non ha il peso per età dopo i 10 anni: vedi il centile dell’IMC (con un’altezza dello stesso giorno).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Height centile fell from %1 (%2) to %3 (%4): more than one centile space. Worth raising at the visit, above all during oral steroids.</source>
        <translation>Il centile dell&apos;altezza è sceso da %1 (%2) a %3 (%4): più di uno spazio tra centili. Da segnalare alla visita, soprattutto durante i cortisonici per bocca.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Set the child&apos;s sex (Overview ▸ Edit child) to see the WHO centiles.</source>
        <translation>Indica il sesso del bambino (Panoramica ▸ Modifica bambino) per vedere i centili OMS.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Lines: WHO centiles 3, 15, 50, 85, 97 (growth standard to 5 years, reference to 19; weight-for-age only to 10 years).</source>
        <translation>Linee: centili OMS 3, 15, 50, 85, 97 (standard di crescita fino a 5 anni, riferimento fino a 19; peso per età solo fino a 10 anni).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Check the measurement</source>
        <translation>Controlla la misura</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Keep it, it is right</source>
        <translation>Tienila, è giusta</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Delete measurement</source>
        <translation>Elimina misurazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/growth.py"/>
        <source>Delete the weight and height of %1?</source>
        <translation>Eliminare peso e altezza del %1?</translation>
    </message>
</context>
<context>
    <name>HistoryLegend</name>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>no entry</source>
        <translation>nessuna annotazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>Daily score:</source>
        <translation>Punteggio giornaliero:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>episode</source>
        <translation>episodio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>anaphylaxis</source>
        <translation>anafilassi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>injection</source>
        <translation>iniezione</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>◀ &amp;Previous month</source>
        <translation>◀ Mese &amp;precedente</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>Page Up (Ctrl+Page Up: a year back)</source>
        <translation>Pag Su (Ctrl+Pag Su: un anno indietro)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>&amp;Next month ▶</source>
        <translation>Mese &amp;successivo ▶</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>Page Down (Ctrl+Page Down: a year on)</source>
        <translation>Pag Giù (Ctrl+Pag Giù: un anno avanti)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>&amp;This month</source>
        <translation>&amp;Questo mese</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>No child in this diary yet. Add a child on the Overview page to start.</source>
        <translation>In questo diario non c’è ancora nessun bambino. Aggiungine uno nella pagina Panoramica per iniziare.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>Click a day, or choose it with the arrow keys and press Enter, to open it in Today. Page Up / Page Down: previous / next month.</source>
        <translation>Fai clic su un giorno, o sceglilo con le frecce e premi Invio, per aprirlo in Oggi. Pag Su / Pag Giù: mese precedente / successivo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>%1 of %2 days recorded</source>
        <translation>%1 giorni registrati su %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>mean daily score %1</source>
        <translation>punteggio giornaliero medio %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>1 episode</source>
        <translation>1 episodio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episodio</numerusform>
            <numerusform>%n episodi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>1 injection</source>
        <translation>1 iniezione</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>%n injections</source>
        <translation>
            <numerusform>%n iniezione</numerusform>
            <numerusform>%n iniezioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source> (%n anaphylaxis)</source>
        <translation>
            <numerusform> (%n anafilassi)</numerusform>
            <numerusform> (%n anafilassi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Import a masto-diary file</source>
        <translation>Importa un file di masto-diary</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Scegli un file…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Choose a file</source>
        <translation>Scegli un file</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>What the file holds, or its problems</source>
        <translation>Cosa contiene il file, o i suoi problemi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Add to &amp;this diary</source>
        <translation>Aggiungi a &amp;questo diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Make a &amp;new diary in another folder</source>
        <translation>Crea un &amp;nuovo diario in un’altra cartella</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Importing</source>
        <translation>Importazione in corso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annulla questa importazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Undo this import</source>
        <translation>Annulla questa importazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Import a file</source>
        <translation>Importa un file</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Folder for the new diary</source>
        <translation>Cartella per il nuovo diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>A child with this name is already in the diary</source>
        <translation>Nel diario c’è già un bambino con questo nome</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>The diary already has a child called %1. Add the file&apos;s records to that child, import them as a separate child, or leave them out?</source>
        <translation>Il diario ha già un bambino di nome %1. Aggiungere i dati del file a quel bambino, importarli come un bambino a parte, o lasciarli fuori?</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Import &amp;separately</source>
        <translation>Importa &amp;a parte</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>&amp;Leave out</source>
        <translation>&amp;Lascia fuori</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>This file cannot be imported. Nothing was changed. Problems found:</source>
        <translation>Questo file non si può importare. Non è stato cambiato nulla. Problemi trovati:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>… and more.</source>
        <translation>… e altri.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>The file holds:</source>
        <translation>Il file contiene:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>%1: %2 days, %3 episodes, %4 injections, %5 lab results</source>
        <translation>%1: %2 giorni, %3 episodi, %4 iniezioni, %5 esami di laboratorio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importazione annullata; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>The file %1 was imported.</source>
        <translation>Il file %1 è stato importato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>The import was not undone: %1</source>
        <translation>L’importazione non è stata annullata: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>The import of %1 was undone: the diary is as it was before it.</source>
        <translation>L’importazione di %1 è stata annullata: il diario è com’era prima.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>A new diary was written to %1.</source>
        <translation>È stato creato un nuovo diario in %1.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>%1: skipped (a child of that name is already in the diary).</source>
        <translation>%1: saltato (nel diario c’è già un bambino con quel nome).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>%1: added as &apos;%3&apos; (%2 records).</source>
        <translation>%1: aggiunto come &apos;%3&apos; (%2 dati).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>%1: merged into the existing child: %2 records added, %4 already in the diary were kept as they are.</source>
        <translation>%1: unito al bambino già presente: %2 dati aggiunti, %4 già nel diario lasciati come sono.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>%1: added as a new child (%2 records).</source>
        <translation>%1: aggiunto come nuovo bambino (%2 dati).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Checking and importing…</source>
        <translation>Controllo e importazione in corso…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/import_dialog.py"/>
        <source>Import finished.</source>
        <translation>Importazione completata.</translation>
    </message>
</context>
<context>
    <name>InjectionDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Edit injection</source>
        <translation>Modifica iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Log injection</source>
        <translation>Registra iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Given at</source>
        <translation>Somministrata il</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Dose in milligrams</source>
        <translation>Dose in milligrammi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Injection site</source>
        <translation>Sede dell’iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Not recorded</source>
        <translation>Non registrata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Lot number</source>
        <translation>Numero di lotto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>E&amp;xpiry:</source>
        <translation>Scaden&amp;za:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>The expiry date is known</source>
        <translation>La data di scadenza è nota</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Expiry date of the lot</source>
        <translation>Data di scadenza del lotto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Given by</source>
        <translation>Somministrata da</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Local reaction at the site</source>
        <translation>Reazione locale nella sede</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Save the injection</source>
        <translation>Salva l’iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dose:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>S&amp;ite:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>&amp;Lot:</source>
        <translation>&amp;Lotto:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>&amp;Place:</source>
        <translation>L&amp;uogo:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Given &amp;by:</source>
        <translation>So&amp;mministrata da:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Local &amp;reaction:</source>
        <translation>&amp;Reazione locale:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Suggested: %1 (sites rotate from dose to dose).</source>
        <translation>Suggerita: %1 (le sedi si alternano da una dose all’altra).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Last dose: %1 on %2. Suggested now: %3.</source>
        <translation>Ultima dose: %1 il %2. Suggerita ora: %3.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>This is in the future: log a dose once it is given.</source>
        <translation>È nel futuro: registra una dose dopo averla somministrata.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>The dose must be more than 0 mg.</source>
        <translation>La dose deve essere maggiore di 0 mg.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>This lot expired on %1, before the dose: check the lot and expiry date.</source>
        <translation>Questo lotto è scaduto il %1, prima della dose: controlla lotto e data di scadenza.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/injection_dialog.py"/>
        <source>Another injection is already recorded on this day.</source>
        <translation>In questo giorno è già registrata un’altra iniezione.</translation>
    </message>
</context>
<context>
    <name>InjectionTableModel</name>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Given</source>
        <translation>Somministrata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Days since previous</source>
        <translation>Giorni dalla precedente</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Timing</source>
        <translation>Puntualità</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Local reaction</source>
        <translation>Reazione locale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Expiry: %1</source>
        <translation>Scadenza: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Due on %1</source>
        <translation>Prevista il %1</translation>
    </message>
</context>
<context>
    <name>InjectionsPage</name>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>first dose</source>
        <translation>prima dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>on time</source>
        <translation>puntuale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>%1 late</source>
        <translation>%1 di ritardo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>%1 early</source>
        <translation>%1 di anticipo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>No treatment plan yet: set one up to see when each dose is due.</source>
        <translation>Nessun piano di terapia finora: impostane uno per vedere quando è prevista ogni dose.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>%1 %2 mg every %3 days, since %4</source>
        <translation>%1 %2 mg ogni %3 giorni, dal %4</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source> — stopped on %1</source>
        <translation> — sospeso il %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>No injection recorded yet.</source>
        <translation>Nessuna iniezione registrata finora.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>No injection recorded yet</source>
        <translation>Nessuna iniezione registrata finora</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Last injection today</source>
        <translation>Ultima iniezione oggi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Last injection yesterday</source>
        <translation>Ultima iniezione ieri</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Last injection %1 days ago</source>
        <translation>Ultima iniezione %1 giorni fa</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>no next dose planned</source>
        <translation>nessuna prossima dose prevista</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>OVERDUE by %1: the next dose was due on %2</source>
        <translation>IN RITARDO di %1: la prossima dose era prevista il %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>next due today</source>
        <translation>prossima prevista oggi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>next due tomorrow (%1)</source>
        <translation>prossima prevista domani (%1)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>next due %1 (in %2 days)</source>
        <translation>prossima prevista il %1 (tra %2 giorni)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Injections</source>
        <translation>Iniezioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Injection status</source>
        <translation>Stato delle iniezioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Injections, newest first</source>
        <translation>Iniezioni, dalla più recente</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Double-click a dose (or press Enter) to edit it; Delete removes it.</source>
        <translation>Doppio clic su una dose (o Invio) per modificarla; Canc la elimina.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Treatment plan</source>
        <translation>Piano di terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>C&amp;orrect plan…</source>
        <translation>C&amp;orreggi piano…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Fix a mistake in the current plan</source>
        <translation>Correggi un errore nel piano attuale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>&amp;Change plan…</source>
        <translation>&amp;Cambia piano…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Start a new plan from a date, e.g. when the dose changes</source>
        <translation>Inizia un nuovo piano da una data, ad es. quando cambia la dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>&amp;Log injection…</source>
        <translation>&amp;Registra iniezione…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Record a dose (Ctrl+N)</source>
        <translation>Registra una dose (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Add ea&amp;rlier doses…</source>
        <translation>Aggiungi dosi &amp;precedenti…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Enter the doses given before you started this diary, in one go</source>
        <translation>Inserisci in una volta sola le dosi date prima di iniziare questo diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>&amp;Set up plan…</source>
        <translation>&amp;Imposta piano…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>1 dose</source>
        <translation>1 dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>%1 doses</source>
        <translation>%1 dosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Add a child on the Overview page first.</source>
        <translation>Prima aggiungi un bambino nella pagina Panoramica.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>No dose recorded yet. Press “Log injection” after each dose, or “Add earlier doses” if the treatment started before this diary.</source>
        <translation>Nessuna dose registrata finora. Premi “Registra iniezione” dopo ogni dose, o “Aggiungi dosi precedenti” se la terapia è iniziata prima di questo diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Next site: %1</source>
        <translation>Prossima sede: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Last site: %1 · next site by rotation: %2</source>
        <translation>Ultima sede: %1 · prossima sede a rotazione: %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Delete the injection of %1 (%2 mg)? The next due date is worked out again from the doses left.</source>
        <translation>Eliminare l’iniezione del %1 (%2 mg)? La prossima scadenza viene ricalcolata dalle dosi rimaste.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Delete injection</source>
        <translation>Elimina iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/injections.py"/>
        <source>Injection not deleted</source>
        <translation>Iniezione non eliminata</translation>
    </message>
</context>
<context>
    <name>ItemChoice</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>— not answered</source>
        <translation>— senza risposta</translation>
    </message>
</context>
<context>
    <name>KeyboardDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Everywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Next / previous field</source>
        <translation>Campo successivo / precedente</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Press the button or go to the field</source>
        <translation>Premi il pulsante o vai al campo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettera sottolineata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Press the button, tick the box</source>
        <translation>Premi il pulsante, spunta la casella</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Open the chosen child, day or record</source>
        <translation>Apri il bambino, il giorno o la voce scelti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Close a dialog without saving</source>
        <translation>Chiudi una finestra senza salvare</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Score the symptom and go to the next one</source>
        <translation>Dai il punteggio al sintomo e passa al successivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>0, 1, 2, 3</source>
        <translation>0, 1, 2, 3</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Previous / next symptom</source>
        <translation>Sintomo precedente / successivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Lower / raise the score</source>
        <translation>Abbassa / alza il punteggio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Clear the score (not recorded)</source>
        <translation>Cancella il punteggio (non registrato)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Save the day</source>
        <translation>Salva il giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Copy the scores of the last entry</source>
        <translation>Copia i punteggi dell’ultima annotazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Record an episode now</source>
        <translation>Registra un episodio ora</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Day before / day after</source>
        <translation>Giorno prima / giorno dopo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Previous / next month</source>
        <translation>Mese precedente / successivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>A year back / a year on</source>
        <translation>Un anno indietro / un anno avanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Open the chosen day on Today</source>
        <translation>Apri il giorno scelto in Oggi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Episodes, Injections, Medications, Labs, Visits</source>
        <translation>Episodi, Iniezioni, Farmaci, Esami, Visite</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Add a record</source>
        <translation>Aggiungi una voce</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Edit the chosen record</source>
        <translation>Modifica la voce scelta</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Delete the chosen record</source>
        <translation>Elimina la voce scelta</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Visits: save the questions for the doctor</source>
        <translation>Visite: salva le domande per il medico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Child settings</source>
        <translation>Impostazioni del bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Move the chosen symptom up / down</source>
        <translation>Sposta il sintomo scelto in alto / in basso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Everything in masto-diary can be done with the keyboard. Shortcuts of a page work while that page is shown.</source>
        <translation>In masto-diary tutto si può fare con la tastiera. Le scorciatoie di una pagina funzionano mentre quella pagina è visibile.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>What they do</source>
        <translation>Cosa fanno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/keyboard_dialog.py"/>
        <source>Menus</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>LabDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Edit lab result</source>
        <translation>Modifica esame</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Add lab result</source>
        <translation>Aggiungi esame</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Date the blood was taken</source>
        <translation>Data del prelievo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Test</source>
        <translation>Esame</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Under omalizumab total IgE rises: the test also counts drug-bound IgE.</source>
        <translation>Con omalizumab le IgE totali aumentano: l’esame conta anche le IgE legate al farmaco.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Name of the test</source>
        <translation>Nome dell’esame</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>e.g. µg/L</source>
        <translation>es. µg/L</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Lower reference limit</source>
        <translation>Limite inferiore di riferimento</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Upper reference limit</source>
        <translation>Limite superiore di riferimento</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>lowest normal</source>
        <translation>minimo normale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>highest normal</source>
        <translation>massimo normale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>&amp;Date taken</source>
        <translation>&amp;Data del prelievo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>&amp;Test</source>
        <translation>&amp;Esame</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Test &amp;name</source>
        <translation>&amp;Nome dell’esame</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unità</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>&amp;Value</source>
        <translation>&amp;Valore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>&amp;Reference range</source>
        <translation>&amp;Intervallo di riferimento</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Test name: please type the name of the test.</source>
        <translation>Nome dell’esame: scrivi il nome dell’esame.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Unit: please type the unit the lab used, e.g. µg/L.</source>
        <translation>Unità: scrivi l’unità usata dal laboratorio, es. µg/L.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Value: please type the result.</source>
        <translation>Valore: scrivi il risultato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Value: “%1” is not a number.</source>
        <translation>Valore: “%1” non è un numero.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Value: a lab value cannot be negative.</source>
        <translation>Valore: un valore di laboratorio non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Value: the allele burden is a percentage, at most 100 %.</source>
        <translation>Valore: il carico allelico è una percentuale, al massimo 100 %.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Reference range: “%1” is not a number.</source>
        <translation>Intervallo di riferimento: “%1” non è un numero.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Reference range: a limit cannot be negative.</source>
        <translation>Intervallo di riferimento: un limite non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/lab_dialog.py"/>
        <source>Reference range: the upper limit is below the lower one.</source>
        <translation>Intervallo di riferimento: il limite superiore è sotto quello inferiore.</translation>
    </message>
</context>
<context>
    <name>LabResultsModel</name>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Test</source>
        <translation>Esame</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Reference range</source>
        <translation>Intervallo di riferimento</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Flag</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>up to %1 %2</source>
        <translation>fino a %1 %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>from %1 %2</source>
        <translation>da %1 %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>above range — expected on omalizumab</source>
        <translation>sopra l’intervallo — atteso con omalizumab</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>above range</source>
        <translation>sopra l’intervallo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>below range</source>
        <translation>sotto l’intervallo</translation>
    </message>
</context>
<context>
    <name>LabsChart</name>
    <message>
        <location filename="../../masto_diary/ui/charts/labs.py"/>
        <source>Lab results over time</source>
        <translation>Esami di laboratorio nel tempo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/labs.py"/>
        <source>Choose a child to see the charts.</source>
        <translation>Scegli un bambino per vedere i grafici.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/labs.py"/>
        <source>No lab results yet. Add tryptase, total IgE or KIT D816V results on the Labs page to follow them here.</source>
        <translation>Nessun esame di laboratorio finora. Aggiungi i risultati di triptasi, IgE totali o KIT D816V nella pagina Esami per seguirli qui.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/labs.py"/>
        <source>No lab results between %1 and %2; the last one was taken on %3. Choose “All” to see every result.</source>
        <translation>Nessun esame tra il %1 e il %2; l’ultimo è stato fatto il %3. Scegli “Tutto” per vedere ogni risultato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/labs.py"/>
        <source>upper reference limit %1</source>
        <translation>limite superiore di riferimento %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/labs.py"/>
        <source>Injection</source>
        <translation>Iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/labs.py"/>
        <source>Total IgE %1</source>
        <translation>IgE totali %1</translation>
    </message>
</context>
<context>
    <name>LabsPage</name>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Total IgE rises under omalizumab because the test also measures IgE bound to the drug; a rise is not a sign of worsening.</source>
        <translation>Con omalizumab le IgE totali aumentano perché l’esame misura anche le IgE legate al farmaco; l’aumento non è un segno di peggioramento.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Lab results</source>
        <translation>Esami di laboratorio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Show tests</source>
        <translation>Mostra esami</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>All tests</source>
        <translation>Tutti gli esami</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>&amp;Show:</source>
        <translation>Mo&amp;stra:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>No lab result yet. Add the first one from the lab report.</source>
        <translation>Nessun esame finora. Aggiungi il primo dal referto del laboratorio.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>&amp;Add result…</source>
        <translation>A&amp;ggiungi risultato…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Add a lab result (Ctrl+N)</source>
        <translation>Aggiungi un esame (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Delete the result “%1: %2” of %3?</source>
        <translation>Eliminare il risultato “%1: %2” del %3?</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/labs.py"/>
        <source>Delete lab result</source>
        <translation>Elimina esame</translation>
    </message>
</context>
<context>
    <name>LoadQuestionnaireDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Questionnaire</source>
        <translation>Questionario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Add a child first.</source>
        <translation>Aggiungi prima un bambino.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Load a clinic questionnaire first (File ▸ Load a clinic questionnaire…).</source>
        <translation>Carica prima un questionario della clinica (File ▸ Carica un questionario della clinica…).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Remove a questionnaire</source>
        <translation>Rimuovi un questionario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>There is no questionnaire to remove.</source>
        <translation>Non c’è nessun questionario da rimuovere.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Remove “%1”? Its answers go with it (days answered: %2). Undo is offered for a short while.</source>
        <translation>Rimuovere “%1”? Le sue risposte vanno via con esso (giorni con risposte: %2). Per poco tempo si potrà annullare.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Questionario:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Load a clinic questionnaire</source>
        <translation>Carica un questionario della clinica</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Questionnaire file</source>
        <translation>File del questionario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Scegli un file…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>What the questionnaire asks, or its problems</source>
        <translation>Cosa chiede il questionario, o i suoi problemi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>&amp;Load</source>
        <translation>&amp;Carica</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Load a questionnaire</source>
        <translation>Carica un questionario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>This questionnaire cannot be loaded. Nothing was changed. Problems:</source>
        <translation>Questo questionario non può essere caricato. Non è stato cambiato nulla. Problemi:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>… and more.</source>
        <translation>… e altri.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>Total %1–%2</source>
        <translation>Totale %1–%2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/questionnaire_dialog.py"/>
        <source>subscales: %1</source>
        <translation>sottoscale: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Mastocytosis diary</source>
        <translation>Diario della mastocitosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Diary: %s</source>
        <translation>Diario: %s</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Mastocytosis diary (read only)</source>
        <translation>Diario della mastocitosi (sola lettura)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>This diary can only be read: %1. You can look at it, export it (File ▸ Export…) or make a report; nothing can be saved in it.</source>
        <translation>Questo diario si può solo leggere: %1. Puoi consultarlo, esportarlo (File ▸ Esporta…) o preparare un resoconto; non vi si può salvare nulla.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Child</source>
        <translation>Bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Child:</source>
        <translation>&amp;Bambino:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Add a child…</source>
        <translation>A&amp;ggiungi un bambino…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annulla l’eliminazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>Imposta&amp;zioni…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;About</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Not undone</source>
        <translation>Non annullato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Undone: it is back in the diary.</source>
        <translation>Annullato: è di nuovo nel diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Load a &amp;clinic questionnaire…</source>
        <translation>Carica un questionario della &amp;clinica…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Ans&amp;wer a questionnaire…</source>
        <translation>Rispondi a un &amp;questionario…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Remo&amp;ve a questionnaire…</source>
        <translation>Rimuo&amp;vi un questionario…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>S&amp;hare this diary…</source>
        <translation>C&amp;ondividi questo diario…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Join a shared diary…</source>
        <translation>&amp;Unisciti a un diario condiviso…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>S&amp;ync now</source>
        <translation>Si&amp;ncronizza ora</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>&amp;Conflicts…</source>
        <translation>Con&amp;flitti…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>This diary is now shared through %1.</source>
        <translation>Ora questo diario è condiviso tramite %1.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Join a shared diary</source>
        <translation>Unisciti a un diario condiviso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Join only into an empty diary, so nothing here is mixed in by accident: start masto-diary with an empty data folder (--data-dir) and join there.</source>
        <translation>Ci si unisce solo da un diario vuoto, così niente di quello che c’è qui si mescola per sbaglio: avvia masto-diary con una cartella dati vuota (--data-dir) e unisciti da lì.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>This diary is not shared yet: File ▸ Share this diary…</source>
        <translation>Questo diario non è ancora condiviso: File ▸ Condividi questo diario…</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>drops</source>
        <translation>gocce</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>puffs</source>
        <translation>spruzzi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>sachets</source>
        <translation>bustine</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>applications</source>
        <translation>applicazioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Edit medication</source>
        <translation>Modifica farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Add medication</source>
        <translation>Aggiungi farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Medication name</source>
        <translation>Nome del farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Kind of medicine</source>
        <translation>Tipo di farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Dose unit</source>
        <translation>Unità della dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>How often</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Taken since</source>
        <translation>Assunto dal</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>No longer taken</source>
        <translation>Non più assunto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Last day taken</source>
        <translation>Ultimo giorno di assunzione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>e.g. itch and flushing</source>
        <translation>es. prurito e vampate</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>D&amp;ose</source>
        <translation>D&amp;ose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>How &amp;often</source>
        <translation>&amp;Frequenza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>&amp;Taken since</source>
        <translation>&amp;Assunto dal</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>&amp;Last day</source>
        <translation>&amp;Ultimo giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Name: please type the name of the medicine.</source>
        <translation>Nome: scrivi il nome del farmaco.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Dose: please type the dose as a number, e.g. 10 or 2.5.</source>
        <translation>Dose: scrivi la dose come numero, es. 10 o 2,5.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Dose: the dose cannot be negative.</source>
        <translation>Dose: la dose non può essere negativa.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Dose: please give the unit, e.g. mg.</source>
        <translation>Dose: indica l’unità, es. mg.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/medication_dialog.py"/>
        <source>Last day: it cannot be before the day it was started.</source>
        <translation>Ultimo giorno: non può essere prima del giorno di inizio.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>once daily</source>
        <translation>una volta al giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>twice daily</source>
        <translation>due volte al giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>three times daily</source>
        <translation>tre volte al giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>four times daily</source>
        <translation>quattro volte al giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>every other day</source>
        <translation>a giorni alterni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>as needed</source>
        <translation>al bisogno</translation>
    </message>
</context>
<context>
    <name>MedicationTableModel</name>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Medicine</source>
        <translation>Farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>How often</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Until</source>
        <translation>Fino al</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>still taken</source>
        <translation>ancora assunto</translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Medications</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Taken now</source>
        <translation>Assunti ora</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Medication history</source>
        <translation>Storia dei farmaci</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>No medication is taken at the moment.</source>
        <translation>Al momento non viene assunto nessun farmaco.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Full history (every dose, with start and end)</source>
        <translation>Storia completa (ogni dose, con inizio e fine)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>&amp;Add medication…</source>
        <translation>A&amp;ggiungi farmaco…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Add a medicine (Ctrl+N)</source>
        <translation>Aggiungi un farmaco (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Change &amp;dose…</source>
        <translation>Cambia &amp;dose…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>&amp;Stop…</source>
        <translation>&amp;Sospendi…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>&amp;Restart…</source>
        <translation>&amp;Riprendi…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>&amp;Edit row…</source>
        <translation>&amp;Modifica riga…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>De&amp;lete row…</source>
        <translation>&amp;Elimina riga…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Choose a medicine that is still taken.</source>
        <translation>Scegli un farmaco ancora assunto.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Choose a medicine that was stopped.</source>
        <translation>Scegli un farmaco sospeso.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>%1 is still taken: change its dose instead.</source>
        <translation>%1 è ancora assunto: cambiane invece la dose.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Choose the last row of %1 to restart it.</source>
        <translation>Scegli l’ultima riga di %1 per riprenderlo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Delete the row “%1 %2 from %3”? The rest of the history stays.</source>
        <translation>Eliminare la riga “%1 %2 dal %3”? Il resto della storia rimane.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Delete medication row</source>
        <translation>Elimina riga di farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/medications.py"/>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>in the future</source>
        <translation>nel futuro</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>no entry</source>
        <translation>nessuna annotazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>entry without symptom scores</source>
        <translation>annotazione senza punteggi dei sintomi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>daily symptom score %1</source>
        <translation>punteggio giornaliero dei sintomi %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>1 episode</source>
        <translation>1 episodio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episodio</numerusform>
            <numerusform>%n episodi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>injection given</source>
        <translation>iniezione fatta</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>Month calendar</source>
        <translation>Calendario del mese</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>The diary file is damaged: part of it can no longer be read. This can happen after a power cut or a disk problem. The file has not been changed.</source>
        <translation>Il file del diario è danneggiato: una sua parte non si può più leggere. Può succedere dopo un’interruzione di corrente o un problema del disco. Il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>The diary file is damaged: some records refer to records that are missing, for example a score whose day was deleted by another program. The file has not been changed.</source>
        <translation>Il file del diario è danneggiato: alcuni dati rimandano a dati che mancano, per esempio un punteggio il cui giorno è stato cancellato da un altro programma. Il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>The file in the diary folder is not a diary at all. Perhaps another file was saved under the diary&apos;s name. The file has not been changed.</source>
        <translation>Il file nella cartella del diario non è affatto un diario. Forse un altro file è stato salvato con il nome del diario. Il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>The file in the diary folder is a database of another program, not a diary. The file has not been changed.</source>
        <translation>Il file nella cartella del diario è un database di un altro programma, non un diario. Il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>The diary was saved by a newer version of masto-diary. Install the newer version to open it; this version will not change it.</source>
        <translation>Il diario è stato salvato da una versione più recente di masto-diary. Installa la versione più recente per aprirlo; questa versione non lo modificherà.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>The diary file cannot be read: the computer does not allow it. Check the file&apos;s permissions. The file has not been changed.</source>
        <translation>Il file del diario non si può leggere: il computer non lo permette. Controlla i permessi del file. Il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>The diary could not be opened. The file has not been changed.</source>
        <translation>Non è stato possibile aprire il diario. Il file non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>from %1</source>
        <translation>del %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>from %1: %2 children, %3 days, last entry %4</source>
        <translation>del %1: %2 bambini, %3 giorni, ultima annotazione %4</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>The diary cannot be opened</source>
        <translation>Il diario non si può aprire</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>&lt;b&gt;Your diary could not be opened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Non è stato possibile aprire il diario.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>No good backup was found in the backups folder.</source>
        <translation>Nella cartella dei backup non è stato trovato nessun backup valido.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>The newest good backup is %1. Restoring it keeps the current file, renamed.</source>
        <translation>Il backup valido più recente è %1. Ripristinandolo, il file attuale viene conservato con un altro nome.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>&amp;Restore the newest good backup</source>
        <translation>&amp;Ripristina il backup valido più recente</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>Restore the newest good backup</source>
        <translation>Ripristina il backup valido più recente</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Apri un altro file…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>Open another file</source>
        <translation>Apri un altro file</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>The backup could not be restored</source>
        <translation>Non è stato possibile ripristinare il backup</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>The backup %1 was restored. The unreadable file was kept as %2.</source>
        <translation>Il backup %1 è stato ripristinato. Il file illeggibile è stato conservato come %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>a backup</source>
        <translation>un backup</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>Open a diary file</source>
        <translation>Apri un file di diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/open_problem_dialog.py"/>
        <source>Diary files (*.sqlite3);;All files (*)</source>
        <translation>File di diario (*.sqlite3);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Diary overview</source>
        <translation>Panoramica del diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>No child in this diary yet. Add the first child to start writing.</source>
        <translation>In questo diario non c’è ancora nessun bambino. Aggiungi il primo per iniziare a scrivere.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Add the &amp;first child…</source>
        <translation>Aggiungi il &amp;primo bambino…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Add the first child</source>
        <translation>Aggiungi il primo bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Children in this diary</source>
        <translation>Bambini in questo diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>&amp;Add a child…</source>
        <translation>A&amp;ggiungi un bambino…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Add a child</source>
        <translation>Aggiungi un bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>&amp;Edit child…</source>
        <translation>&amp;Modifica bambino…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Edit child</source>
        <translation>Modifica bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Details, symptom set, triggers, archive or delete the chosen child</source>
        <translation>Dati, sintomi, fattori scatenanti, archiviazione o eliminazione del bambino scelto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Show a&amp;rchived children</source>
        <translation>Mostra bambini a&amp;rchiviati</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Show archived children</source>
        <translation>Mostra bambini archiviati</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Double-click a child (or press Enter) to open their diary.</source>
        <translation>Doppio clic su un bambino (o Invio) per aprire il suo diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>&amp;Unarchive</source>
        <translation>&amp;Togli dall’archivio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Child not changed</source>
        <translation>Bambino non modificato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>Child not added</source>
        <translation>Bambino non aggiunto</translation>
    </message>
</context>
<context>
    <name>PatternsChart</name>
    <message>
        <location filename="../../masto_diary/ui/charts/patterns.py"/>
        <source>Patterns: wear-off and triggers</source>
        <translation>Ricorrenze: perdita di effetto e fattori scatenanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/patterns.py"/>
        <source>Findings</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/patterns.py"/>
        <source>ratio of next-day episode days (log scale; 1 = no difference)</source>
        <translation>rapporto dei giorni con episodio il giorno dopo (scala logaritmica; 1 = nessuna differenza)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/patterns.py"/>
        <source>Choose a child to see the patterns of the diary.</source>
        <translation>Scegli un bambino per vedere le ricorrenze del diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/patterns.py"/>
        <source>No trigger was logged on enough days to be tested in this range: the sentences above say what would be needed.</source>
        <translation>Nessun fattore scatenante è stato annotato in abbastanza giorni per essere verificato in questo intervallo: le frasi sopra dicono che cosa servirebbe.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/patterns.py"/>
        <source>Wear-off</source>
        <translation>Perdita di effetto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/patterns.py"/>
        <source>Triggers</source>
        <translation>Fattori scatenanti</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Correct the treatment plan</source>
        <translation>Correggi il piano di terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Set up the treatment plan</source>
        <translation>Imposta il piano di terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Change the treatment plan</source>
        <translation>Cambia il piano di terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Drug</source>
        <translation>Farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Dose in milligrams</source>
        <translation>Dose in milligrammi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Interval in days</source>
        <translation>Intervallo in giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>First day of the plan</source>
        <translation>Primo giorno del piano</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Treatment s&amp;topped on:</source>
        <translation>Terapia &amp;sospesa il:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Treatment stopped</source>
        <translation>Terapia sospesa</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Last day of the plan</source>
        <translation>Ultimo giorno del piano</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>&amp;Drug:</source>
        <translation>&amp;Farmaco:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>D&amp;ose:</source>
        <translation>D&amp;ose:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>&amp;Every:</source>
        <translation>O&amp;gni:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Starting o&amp;n:</source>
        <translation>&amp;A partire dal:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Save the plan</source>
        <translation>Salva il piano</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Correct a mistake in the current plan. When the dose or the interval really changed, use “Change plan” instead, so the earlier doses keep their plan.</source>
        <translation>Correggi un errore nel piano attuale. Se la dose o l’intervallo sono davvero cambiati, usa invece “Cambia piano”, così le dosi precedenti mantengono il loro piano.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>The plan gives the date each next injection is due.</source>
        <translation>Il piano indica la data prevista di ogni iniezione successiva.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>The new plan replaces the current one from its first day; the current plan ends the day before. Use this when the dose or the interval changes.</source>
        <translation>Il nuovo piano sostituisce quello attuale dal suo primo giorno; il piano attuale termina il giorno prima. Usalo quando cambiano la dose o l’intervallo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>Type the name of the drug, e.g. omalizumab.</source>
        <translation>Scrivi il nome del farmaco, es. omalizumab.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>The dose must be more than 0 mg.</source>
        <translation>La dose deve essere maggiore di 0 mg.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>A new plan must start after the current plan&apos;s first day (%1).</source>
        <translation>Un nuovo piano deve iniziare dopo il primo giorno del piano attuale (%1).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/plan_dialog.py"/>
        <source>The plan cannot stop before its first day.</source>
        <translation>Il piano non può terminare prima del suo primo giorno.</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/saving.py"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>QuestionnaireChart</name>
    <message>
        <location filename="../../masto_diary/ui/charts/questionnaire.py"/>
        <source>%1: total over time</source>
        <translation>%1: totale nel tempo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/questionnaire.py"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/questionnaire.py"/>
        <source>No total yet: a total needs enough items answered.</source>
        <translation>Ancora nessun totale: serve una risposta ad abbastanza domande.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/questionnaire.py"/>
        <source>No complete answers in this range. The latest, on %1, total %2.</source>
        <translation>Nessuna risposta completa in questo intervallo. L’ultima, del %1, totale %2.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireOffer</name>
    <message>
        <location filename="../../masto_diary/ui/questionnaire_offer.py"/>
        <source>Questionnaire due: %1 — answer it now</source>
        <translation>Questionario da compilare: %1 — rispondi ora</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>Record the injection…</source>
        <translation>Registra l’iniezione…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>Write the entry…</source>
        <translation>Scrivi l’annotazione…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>Dismiss</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>Dismiss the reminder: %1</source>
        <translation>Nascondi il promemoria: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>Hide this reminder until tomorrow</source>
        <translation>Nascondi questo promemoria fino a domani</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>%1: the injection is OVERDUE by %n day(s); it was due on %2.</source>
        <translation>
            <numerusform>%1: l’iniezione è IN RITARDO di %n giorno; era prevista il %2.</numerusform>
            <numerusform>%1: l’iniezione è IN RITARDO di %n giorni; era prevista il %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>%1: the injection is due today.</source>
        <translation>%1: l’iniezione è prevista oggi.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>%1: the next injection is due tomorrow, %2.</source>
        <translation>%1: la prossima iniezione è prevista domani, %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>%1: today&apos;s diary entry is not written yet.</source>
        <translation>%1: l’annotazione di oggi nel diario non è ancora stata scritta.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>%1: the diary entry for %2 is not written yet.</source>
        <translation>%1: l’annotazione del %2 nel diario non è ancora stata scritta.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>&amp;Open the diary</source>
        <translation>&amp;Apri il diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message>
        <location filename="../../masto_diary/ui/reminder_offer.py"/>
        <source>Be reminded at %1 each evening to write the entry, and of every injection? The diary then starts minimised at login, so reminders come even when it was not opened.</source>
        <translation>Ricevere ogni sera alle %1 un promemoria per scrivere l’annotazione, e uno per ogni iniezione? Il diario si avvierà ridotto a icona all’accesso, così i promemoria arrivano anche se non è stato aperto.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminder_offer.py"/>
        <source>Be reminded at %1 each evening to write the entry, and of every injection?</source>
        <translation>Ricevere ogni sera alle %1 un promemoria per scrivere l’annotazione, e uno per ogni iniezione?</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminder_offer.py"/>
        <source>Remind me each evening</source>
        <translation>Ricordamelo ogni sera</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/reminder_offer.py"/>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Save the report as PDF</source>
        <translation>Salva il referto come PDF</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Child:</source>
        <translation>Bambino:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Pa&amp;per:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>&amp;Initials instead of the full name</source>
        <translation>&amp;Iniziali al posto del nome completo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>The child&apos;s name is left out of every page and of the file&apos;s title.</source>
        <translation>Il nome del bambino non compare in nessuna pagina né nel titolo del file.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Page 1 is the summary a doctor reads in a minute: key figures against the previous period, the trend with the injections, the dose cycle and your questions for the visit. The sections below follow on the next pages.</source>
        <translation>La pagina 1 è il riassunto che un medico legge in un minuto: i dati principali rispetto al periodo precedente, l’andamento con le iniezioni, il ciclo della dose e le tue domande per la visita. Le sezioni qui sotto seguono nelle pagine successive.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Report status</source>
        <translation>Stato del resoconto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Paper size</source>
        <translation>Formato della carta</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Sections after page 1</source>
        <translation>Sezioni dopo la pagina 1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Patterns: wear-off and triggers</source>
        <translation>Ricorrenze: perdita di effetto e fattori scatenanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Symptoms one by one</source>
        <translation>Sintomi uno per uno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Episode log</source>
        <translation>Registro degli episodi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Injection log</source>
        <translation>Registro delle iniezioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Medication changes</source>
        <translation>Cambi di terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Lab results</source>
        <translation>Esami di laboratorio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Notes from the diary</source>
        <translation>Note dal diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>How the figures are computed</source>
        <translation>Come sono calcolati i dati</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Clinic questionnaires</source>
        <translation>Questionari della clinica</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salva PDF…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>&amp;Open</source>
        <translation>Ap&amp;ri</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>No child selected. Add a child first.</source>
        <translation>Nessun bambino scelto. Prima aggiungi un bambino.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Since the last clinic visit (%1)</source>
        <translation>Dall’ultima visita (%1)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Last %1 days</source>
        <translation>Ultimi %1 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>The period ends before it starts: check the two dates.</source>
        <translation>Il periodo finisce prima di iniziare: controlla le due date.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Reading the diary…</source>
        <translation>Lettura del diario…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Writing the report</source>
        <translation>Scrittura del referto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>The report could not be written: %1</source>
        <translation>Non è stato possibile scrivere il referto: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Writing page %1 of %2…</source>
        <translation>Scrittura della pagina %1 di %2…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Cancelled: no report was written.</source>
        <translation>Annullato: nessun referto è stato scritto.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>Report saved: %1 pages, file %2 in the folder %3</source>
        <translation>Referto salvato: %1 pagine, file %2 nella cartella %3</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/report.py"/>
        <source>No program to show PDF files was found; the report is at %1</source>
        <translation>Non è stato trovato nessun programma per mostrare i PDF; il referto si trova in %1</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location filename="../../masto_diary/ui/table_model.py"/>
        <source>empty</source>
        <translation>vuoto</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/saving.py"/>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/saving.py"/>
        <source>Cancel without saving</source>
        <translation>Annulla senza salvare</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <location filename="../../masto_diary/ui/widgets/score_row.py"/>
        <source>Not recorded (Delete)</source>
        <translation>Non registrato (Canc)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/score_row.py"/>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Language and paper</source>
        <translation>Lingua e carta</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>As the system (%1)</source>
        <translation>Come il sistema (%1)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Paper size of the report</source>
        <translation>Formato della carta del referto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Report &amp;paper:</source>
        <translation>&amp;Carta del referto:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Start masto-diary &amp;minimised when I log in, so reminders can appear</source>
        <translation>Avvia masto-diary &amp;ridotto a icona all’accesso, così i promemoria possono comparire</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Start minimised at login</source>
        <translation>Avvia ridotto a icona all’accesso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>On a Mac, add masto-diary in System Settings ▸ General ▸ Login Items.</source>
        <translation>Su un Mac, aggiungi masto-diary in Impostazioni di Sistema ▸ Generali ▸ Elementi login.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Reminders (while masto-diary is running)</source>
        <translation>Promemoria (mentre masto-diary è aperto)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Remind me of the next &amp;injection the day before and on the day</source>
        <translation>Ricordami la prossima &amp;iniezione il giorno prima e il giorno stesso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Injection reminders</source>
        <translation>Promemoria delle iniezioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Remind me when the &amp;evening entry is not written by</source>
        <translation>Ricordami se l’annotazione &amp;serale non è scritta entro le</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Evening entry reminder</source>
        <translation>Promemoria dell’annotazione serale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Time of the evening reminder</source>
        <translation>Ora del promemoria serale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>&amp;Folder:</source>
        <translation>Car&amp;tella:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Backups folder</source>
        <translation>Cartella dei backup</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>&amp;Choose…</source>
        <translation>Sc&amp;egli…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Choose the backups folder</source>
        <translation>Scegli la cartella dei backup</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>&amp;Default</source>
        <translation>&amp;Predefinita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Use the default backups folder</source>
        <translation>Usa la cartella dei backup predefinita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>Leave it empty for the backups folder next to the diary: %1</source>
        <translation>Lascia vuoto per la cartella dei backup accanto al diario: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/settings_dialog.py"/>
        <source>A new language is used the next time masto-diary starts.</source>
        <translation>La nuova lingua viene usata al prossimo avvio di masto-diary.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>Join a shared diary</source>
        <translation>Unisciti a un diario condiviso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>Share this diary</source>
        <translation>Condividi questo diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>Shared folder</source>
        <translation>Cartella condivisa</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>This laptop&apos;s name</source>
        <translation>Nome di questo portatile</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>e.g. kitchen laptop</source>
        <translation>es. portatile della cucina</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>Family passphrase</source>
        <translation>Frase segreta di famiglia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>The same passphrase again</source>
        <translation>La stessa frase segreta di nuovo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>Shared &amp;folder:</source>
        <translation>Cartella con&amp;divisa:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>This laptop&apos;s &amp;name:</source>
        <translation>&amp;Nome di questo portatile:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>Family &amp;passphrase:</source>
        <translation>Frase segreta di &amp;famiglia:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>The same passphrase &amp;again:</source>
        <translation>La stessa frase segreta di nu&amp;ovo:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>&amp;Join</source>
        <translation>&amp;Unisciti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>&amp;Share</source>
        <translation>&amp;Condividi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>Choose the folder the other laptop shared the diary into (a Syncthing, Nextcloud or Dropbox folder, or a USB stick) and type the family passphrase. This laptop gets the whole diary from it.</source>
        <translation>Scegli la cartella in cui l’altro portatile ha condiviso il diario (una cartella di Syncthing, Nextcloud o Dropbox, o una chiavetta USB) e scrivi la frase segreta di famiglia. Questo portatile riceve da lì tutto il diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>Choose a folder your sync app already keeps on both laptops (Syncthing, Nextcloud, Dropbox, OneDrive) or a USB stick. Only sealed change files go there, locked with the family passphrase; never put the diary file itself in it.</source>
        <translation>Scegli una cartella che la vostra app di sincronizzazione tiene già su entrambi i portatili (Syncthing, Nextcloud, Dropbox, OneDrive) o una chiavetta USB. Lì vanno solo file di modifiche sigillati, chiusi con la frase segreta di famiglia; non metterci mai il file del diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>Choose the shared folder.</source>
        <translation>Scegli la cartella condivisa.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>Give this laptop a name the other carer will recognise.</source>
        <translation>Dai a questo portatile un nome che l’altro genitore riconosca.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>A family passphrase needs at least 8 characters, with at least 4 different ones (a few words are best).</source>
        <translation>Una frase segreta di famiglia deve avere almeno 8 caratteri, di cui almeno 4 diversi (meglio qualche parola).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/share_dialog.py"/>
        <source>The two passphrases differ.</source>
        <translation>Le due frasi segrete sono diverse.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>Shared diary</source>
        <translation>Diario condiviso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>Findings in the shared folder</source>
        <translation>Problemi nella cartella condivisa</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%1 holds (or is inside) the diary&apos;s own folder %2; choose a folder apart from it: only sealed change files may travel, never the diary file itself.</source>
        <translation>%1 contiene la cartella del diario %2 (o ci sta dentro); scegli una cartella separata: possono viaggiare solo i file di modifiche sigillati, mai il file del diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>Family passphrase</source>
        <translation>Frase segreta di famiglia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>The family passphrase of the shared diary:</source>
        <translation>La frase segreta di famiglia del diario condiviso:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>Shared diary · no other laptop heard from yet</source>
        <translation>Diario condiviso · ancora nessuna notizia dagli altri portatili</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>Shared diary · “%1” last heard from %2</source>
        <translation>Diario condiviso · ultime notizie da «%1» %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n minuto fa</numerusform>
            <numerusform>%n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>Shared diary · other laptops last heard from %n min ago</source>
        <translation>
            <numerusform>Diario condiviso · ultime notizie dagli altri portatili %n minuto fa</numerusform>
            <numerusform>Diario condiviso · ultime notizie dagli altri portatili %n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>⚠ %n finding(s) in the shared folder</source>
        <translation>
            <numerusform>⚠ %n problema nella cartella condivisa</numerusform>
            <numerusform>⚠ %n problemi nella cartella condivisa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>The shared folder %1 is not there. Is the USB stick plugged in, or the sync app&apos;s folder moved? The diary syncs again when the folder is back.</source>
        <translation>La cartella condivisa %1 non c’è. La chiavetta USB è inserita, o la cartella dell’app di sincronizzazione è stata spostata? Il diario si sincronizza di nuovo quando la cartella torna.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%1 holds no shared diary. Share the diary into it from the other laptop first.</source>
        <translation>%1 non contiene un diario condiviso. Prima condividi il diario in questa cartella dall’altro portatile.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>That passphrase does not open this shared diary. Check it with the other carer.</source>
        <translation>Questa frase segreta non apre il diario condiviso. Controllala con l’altro genitore.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%1 asks for key settings masto-diary does not accept (%2; n from %3 to %4, r %5, p from %6 to %7); it was not used. Share the diary into a new folder from a laptop that has it.</source>
        <translation>%1 chiede impostazioni della chiave che masto-diary non accetta (%2; n da %3 a %4, r %5, p da %6 a %7); non è stato usato. Condividi il diario in una nuova cartella da un portatile che lo ha.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>The shared folder is still being copied here (%1 is not complete yet). Wait until the sync app has finished, then join again; nothing was joined.</source>
        <translation>La cartella condivisa è ancora in copia su questo portatile (%1 non è ancora completo). Aspetta che l&apos;app di sincronizzazione abbia finito, poi unisciti di nuovo; per ora non è stato unito nulla.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%1 is damaged or was changed by someone without the passphrase; it was not used. Nothing in your diary changed.</source>
        <translation>%1 è danneggiato o è stato modificato da qualcuno senza la frase segreta; non è stato usato. Nel tuo diario non è cambiato niente.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>Synced: %1 changes from other laptops, %2 sent.</source>
        <translation>Sincronizzato: %1 modifiche dagli altri portatili, %2 inviate.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%n record(s) were changed on two laptops at once: the later version is kept, the other one is listed under File ▸ Conflicts….</source>
        <translation>
            <numerusform>%n dato è stato cambiato su due portatili allo stesso tempo: resta la versione più recente, l’altra è elencata in File ▸ Conflitti….</numerusform>
            <numerusform>%n dati sono stati cambiati su due portatili allo stesso tempo: resta la versione più recente, l’altra è elencata in File ▸ Conflitti….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%n change(s) from other laptops clash with a rule of this diary and wait in the folder.</source>
        <translation>
            <numerusform>%n modifica degli altri portatili va contro una regola di questo diario e aspetta nella cartella.</numerusform>
            <numerusform>%n modifiche degli altri portatili vanno contro una regola di questo diario e aspettano nella cartella.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>the laptop %1</source>
        <translation>il portatile %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>Left aside in the shared folder: %4 (not a change file of masto-diary: a sync app&apos;s copy, a temporary file or something else). Nothing was read from it.</source>
        <translation>Lasciati da parte nella cartella condivisa: %4 (non sono file di modifiche di masto-diary: copie di un&apos;app di sincronizzazione, file temporanei o altro). Non è stato letto nulla da essi.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%1&apos;s change file ends at change %2, but this laptop already has its changes up to %3: it was replaced by an older copy. Nothing was undone here; that laptop writes it again at its next sync.</source>
        <translation>Il file delle modifiche di %1 finisce alla modifica %2, ma questo portatile ha già le sue modifiche fino alla %3: è stato sostituito da una copia più vecchia. Qui non è stato annullato nulla; quel portatile lo riscrive alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%1&apos;s change file is cut short (it ends at change %2; this laptop has its changes up to %3): a copy in progress or a damaged one. Nothing was undone here; that laptop writes it again at its next sync.</source>
        <translation>Il file delle modifiche di %1 è troncato (finisce alla modifica %2; questo portatile ha le sue modifiche fino alla %3): una copia in corso o danneggiata. Qui non è stato annullato nulla; quel portatile lo riscrive alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>Changes %2 to %5 of %1 are missing from the middle of its change file; the changes after them were not applied. That laptop writes its file again at its next sync.</source>
        <translation>Le modifiche dalla %2 alla %5 di %1 mancano in mezzo al suo file delle modifiche; le modifiche successive non sono state applicate. Quel portatile riscrive il suo file alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%1&apos;s change file holds change %3 where change %2 should be (lines moved or repeated); the changes from there on were not applied.</source>
        <translation>Il file delle modifiche di %1 ha la modifica %3 dove dovrebbe esserci la %2 (righe spostate o ripetute); le modifiche da lì in poi non sono state applicate.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%1&apos;s change file holds a different history from the one this laptop received (from change %2 on): was its data folder copied to a second laptop? Nothing more from it was applied.</source>
        <translation>Il file delle modifiche di %1 contiene una storia diversa da quella ricevuta da questo portatile (dalla modifica %2 in poi): la sua cartella dei dati è stata copiata su un secondo portatile? Non è stato applicato altro da quel file.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%1&apos;s change file is gone from the shared folder. Nothing was undone here; that laptop writes it again at its next sync.</source>
        <translation>Il file delle modifiche di %1 non c&apos;è più nella cartella condivisa. Qui non è stato annullato nulla; quel portatile lo riscrive alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>A line of %1&apos;s change file does not open with the family passphrase: it was damaged, or changed by someone without the passphrase. The changes from there on were not applied.</source>
        <translation>Una riga del file delle modifiche di %1 non si apre con la frase segreta di famiglia: è stata danneggiata, o cambiata da qualcuno che non ha la frase segreta. Le modifiche da lì in poi non sono state applicate.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%1 runs an older masto-diary: its changes cannot be checked for cuts and rollbacks until it is updated.</source>
        <translation>%1 usa una versione più vecchia di masto-diary: finché non viene aggiornato, le sue modifiche non si possono controllare contro tagli e ritorni a copie vecchie.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>This laptop&apos;s change file in the shared folder was cut short, replaced or deleted; it was written again from this diary.</source>
        <translation>Il file delle modifiche di questo portatile nella cartella condivisa era stato troncato, sostituito o cancellato; è stato riscritto da questo diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>Another copy of this diary writes as this laptop in the shared folder (changes this laptop never made, from change %2 on): its data folder was copied. This laptop sends nothing until that is sorted out: on the copy, move the data folder aside and join (File ▸ Join a shared diary… in an empty diary).</source>
        <translation>Un&apos;altra copia di questo diario scrive come questo portatile nella cartella condivisa (modifiche che questo portatile non ha mai fatto, dalla %2 in poi): la sua cartella dei dati è stata copiata. Questo portatile non invia nulla finché la cosa non è risolta: sulla copia, sposta altrove la cartella dei dati e unisciti (File ▸ Unisciti a un diario condiviso… in un diario vuoto).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>This diary&apos;s data folder was copied or moved here (%4). If the laptop it came from still uses it, do not sync this copy: start with an empty data folder and join instead (File ▸ Join a shared diary…). If it was moved, run masto-diary sync --moved once. Nothing was sent or applied.</source>
        <translation>La cartella dei dati di questo diario è stata copiata o spostata qui (%4). Se il portatile da cui viene la usa ancora, non sincronizzare questa copia: parti da una cartella dei dati vuota e unisciti (File ▸ Unisciti a un diario condiviso…). Se è stata spostata, esegui una volta masto-diary sync --moved. Non è stato inviato né applicato nulla.</translation>
    </message>
</context>
<context>
    <name>SiteDelegate</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>Injection site</source>
        <translation>Sede dell’iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/earlier_doses_dialog.py"/>
        <source>not recorded</source>
        <translation>non registrata</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Before and on therapy</source>
        <translation>Prima e durante la terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Before / on therapy</source>
        <translation>Prima / durante la terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Injections on time</source>
        <translation>Iniezioni puntuali</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Daily UAS: hives (0–3) + itch (0–3), only on days with both scored. Itch- and hive-free: a daily UAS of 0 and no episode. UAS7: the sum over 7 days, estimated from 4–6 scored days. Days without an entry are left out.</source>
        <translation>UAS giornaliero: pomfi (0–3) + prurito (0–3), solo nei giorni con entrambi i punteggi. Senza prurito né pomfi: UAS giornaliero 0 e nessun episodio. UAS7: la somma su 7 giorni, stimata da 4–6 giorni con punteggio. I giorni senza annotazione sono esclusi.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Daily score: the sum of the day&apos;s symptom scores (0–3 each). Symptom-free: an entry with every score 0 and no episode. Days without an entry are left out.</source>
        <translation>Punteggio giornaliero: la somma dei punteggi dei sintomi del giorno (0–3 ciascuno). Senza sintomi: un’annotazione con tutti i punteggi a 0 e nessun episodio. I giorni senza annotazione sono esclusi.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Itch- and hive-free days</source>
        <translation>Giorni senza prurito né pomfi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Symptom-free days</source>
        <translation>Giorni senza sintomi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Mean daily UAS (0–6)</source>
        <translation>UAS giornaliero medio (0–6)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Mean daily score</source>
        <translation>Punteggio giornaliero medio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>UAS7: the 7 days before the first dose; the last 7 days</source>
        <translation>UAS7: i 7 giorni prima della prima dose; gli ultimi 7 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Episodes per 28 days</source>
        <translation>Episodi ogni 28 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Anaphylaxis</source>
        <translation>Anafilassi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Epinephrine given</source>
        <translation>Adrenalina somministrata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Emergency visits</source>
        <translation>Accessi in pronto soccorso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Extra antihistamine</source>
        <translation>Antistaminico aggiuntivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Extra steroid</source>
        <translation>Cortisonico aggiuntivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Days with an entry</source>
        <translation>Giorni con un’annotazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>before therapy</source>
        <translation>prima della terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>on therapy</source>
        <translation>in terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Choose a child to see the figures.</source>
        <translation>Scegli un bambino per vedere i dati.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>No injection recorded yet. After the first dose this panel compares the %1 days before it with the days on therapy.</source>
        <translation>Nessuna iniezione registrata finora. Dopo la prima dose questo riquadro confronta i %1 giorni precedenti con i giorni di terapia.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>No day of the diary lies in this range.</source>
        <translation>Nessun giorno del diario cade in questo intervallo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Baseline before therapy</source>
        <translation>Riferimento prima della terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>On therapy</source>
        <translation>In terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>no score (%1 of 7 days)</source>
        <translation>nessun punteggio (%1 giorni su 7)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>%1, estimated</source>
        <translation>%1, stimato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/summary.py"/>
        <source>Injections on time (±%1 days): %2 of %3; longest delay %4 days.</source>
        <translation>Iniezioni puntuali (±%1 giorni): %2 su %3; ritardo massimo %4 giorni.</translation>
    </message>
</context>
<context>
    <name>SymptomSetModel</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Symptom</source>
        <translation>Sintomo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>In the daily entry</source>
        <translation>Nell’annotazione giornaliera</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>shown</source>
        <translation>mostrato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>hidden (history kept)</source>
        <translation>nascosto (storia conservata)</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Unsaved entry</source>
        <translation>Annotazione non salvata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>The entry of %1 has changes that are not saved yet.</source>
        <translation>L’annotazione del %1 ha modifiche non ancora salvate.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Delete entry</source>
        <translation>Elimina annotazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Delete every score and note of %1?</source>
        <translation>Eliminare tutti i punteggi e le note del %1?</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>No child in this diary yet. Add a child on the Overview page to start.</source>
        <translation>In questo diario non c’è ancora nessun bambino. Aggiungine uno nella pagina Panoramica per iniziare.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Day of this entry</source>
        <translation>Giorno di questa annotazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>◀ &amp;Previous day</source>
        <translation>◀ Giorno &amp;precedente</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Open the day before (Alt+Left)</source>
        <translation>Apri il giorno prima (Alt+Sinistra)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>&amp;Next day ▶</source>
        <translation>Giorno s&amp;uccessivo ▶</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Open the day after (Alt+Right)</source>
        <translation>Apri il giorno dopo (Alt+Destra)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>T&amp;oday</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Open this evening&apos;s entry</source>
        <translation>Apri l’annotazione di stasera</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Go to day</source>
        <translation>Vai al giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Go to &amp;day:</source>
        <translation>Vai al &amp;giorno:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Injection status</source>
        <translation>Stato delle iniezioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Symptoms this day</source>
        <translation>Sintomi di questo giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Alt+M: the symptoms · ↑/↓ choose one · 0–3 score it and go on · ←/→ change · Delete: not recorded · Ctrl+S save</source>
        <translation>Alt+M: i sintomi · ↑/↓ sceglierne uno · 0–3 dare il punteggio e proseguire · ←/→ cambiare · Canc: non registrato · Ctrl+S salvare</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>The day</source>
        <translation>La giornata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Wellbeing</source>
        <translation>Benessere</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>0 is the worst day, 10 the best.</source>
        <translation>0 è il giorno peggiore, 10 il migliore.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Wellbeing: 0 is the worst day, 10 the best.</source>
        <translation>Benessere: 0 è la giornata peggiore, 10 la migliore.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source> of 10</source>
        <translation> su 10</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>&amp;School or nursery missed</source>
        <translation>Assente &amp;da scuola o asilo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>School or nursery missed</source>
        <translation>Assente da scuola o asilo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Sleep dist&amp;urbed</source>
        <translation>Sonno dis&amp;turbato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Sleep disturbed</source>
        <translation>Sonno disturbato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Reported by</source>
        <translation>Compilato da</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>What happened, triggers, extra doses…</source>
        <translation>Cosa è successo, fattori scatenanti, dosi in più…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>&amp;Wellbeing:</source>
        <translation>Be&amp;nessere:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>0 worst day, 10 best</source>
        <translation>0 giorno peggiore, 10 migliore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>&amp;Reported by:</source>
        <translation>&amp;Riferito da:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Same as &amp;yesterday</source>
        <translation>Come &amp;ieri</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Copy the scores of the last entry before this day (Ctrl+D); save to keep them</source>
        <translation>Copia i punteggi dell’ultima annotazione prima di questo giorno (Ctrl+D); salva per conservarli</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>&amp;Episode now…</source>
        <translation>&amp;Episodio ora…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Record a flush, itch or other episode (Ctrl+E)</source>
        <translation>Registra una vampata, prurito o un altro episodio (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>De&amp;lete entry…</source>
        <translation>E&amp;limina annotazione…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Delete this day&apos;s entry</source>
        <translation>Elimina l’annotazione di questo giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Save status</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Notes: at most %1 characters, now %2.</source>
        <translation>Note: al massimo %1 caratteri, ora %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Save this day (Ctrl+S)</source>
        <translation>Salva questo giorno (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>● Not saved yet</source>
        <translation>● Non ancora salvato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>✓ Saved at %1</source>
        <translation>✓ Salvato alle %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>No entry for this day yet</source>
        <translation>Nessuna annotazione per questo giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>It is after midnight: until 04:00 the diary is still on yesterday evening. Use Next day to write for the new day instead.</source>
        <translation>È passata la mezzanotte: fino alle 04:00 il diario resta su ieri sera. Usa Giorno successivo per scrivere invece per il nuovo giorno.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>No treatment plan or injection recorded yet.</source>
        <translation>Nessun piano di terapia o iniezione registrati finora.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>No injection recorded yet</source>
        <translation>Nessuna iniezione registrata finora</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Last injection today</source>
        <translation>Ultima iniezione oggi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Last injection yesterday</source>
        <translation>Ultima iniezione ieri</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>no current treatment plan</source>
        <translation>nessun piano di terapia in corso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>⚠ OVERDUE by 1 day: it was due on %1</source>
        <translation>⚠ IN RITARDO di 1 giorno: era prevista il %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>next dose due today</source>
        <translation>prossima dose prevista oggi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>next due %1 (tomorrow)</source>
        <translation>prossima prevista il %1 (domani)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>next due %1 (in %n days)</source>
        <translation>
            <numerusform>prossima prevista il %1 (tra %n giorno)</numerusform>
            <numerusform>prossima prevista il %1 (tra %n giorni)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Nothing to save: no changes</source>
        <translation>Niente da salvare: nessuna modifica</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>There is no earlier entry to copy.</source>
        <translation>Non c’è un’annotazione precedente da copiare.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Copied from %1: check, then save (Ctrl+S)</source>
        <translation>Copiato dal %1: controlla, poi salva (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Episode saved</source>
        <translation>Episodio salvato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Not deleted: %1</source>
        <translation>Non eliminato: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Entry deleted</source>
        <translation>Annotazione eliminata</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Last injection %n days ago</source>
        <translation>
            <numerusform>Ultima iniezione %n giorno fa</numerusform>
            <numerusform>Ultima iniezione %n giorni fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>⚠ OVERDUE by %n days: it was due on %1</source>
        <translation>
            <numerusform>⚠ IN RITARDO di %n giorno: era prevista il %1</numerusform>
            <numerusform>⚠ IN RITARDO di %n giorni: era prevista il %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>Symptoms over time</source>
        <translation>Sintomi nel tempo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>Single symptoms</source>
        <translation>Sintomi singoli</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>Episodes</source>
        <translation>Episodi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>7-day mean</source>
        <translation>Media di 7 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>Injection (dose)</source>
        <translation>Iniezione (dose)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>Dose overdue</source>
        <translation>Dose in ritardo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>Episode: %1</source>
        <translation>Gravità episodio: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>Daily UAS (0–6)</source>
        <translation>UAS giornaliero (0–6)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>Daily score</source>
        <translation>Punteggio giornaliero</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>Choose a child to see the charts.</source>
        <translation>Scegli un bambino per vedere i grafici.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>No daily scores between %1 and %2. The trend appears once evening entries are recorded; choose a longer range to see older ones.</source>
        <translation>Nessun punteggio giornaliero tra il %1 e il %2. L’andamento compare quando si registrano le annotazioni serali; scegli un intervallo più lungo per vedere quelle più vecchie.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>Only one day with a daily score between %1 and %2: a trend needs at least two. Choose a longer range or keep filling in the evening entry.</source>
        <translation>Solo un giorno con un punteggio giornaliero tra il %1 e il %2: per un andamento ne servono almeno due. Scegli un intervallo più lungo o continua a compilare l’annotazione serale.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>daily score %1</source>
        <translation>punteggio giornaliero %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>no entry</source>
        <translation>nessuna annotazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>7-day mean %1</source>
        <translation>media di 7 giorni %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>injection %1</source>
        <translation>iniezione %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>dose overdue</source>
        <translation>dose in ritardo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/trend.py"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TriggerListModel</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Trigger</source>
        <translation>Fattore scatenante</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>Episodes</source>
        <translation>Episodi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
</context>
<context>
    <name>Uas7Chart</name>
    <message>
        <location filename="../../masto_diary/ui/charts/uas7.py"/>
        <source>Weekly urticaria activity (UAS7)</source>
        <translation>Attività settimanale dell’orticaria (UAS7)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/uas7.py"/>
        <source>UAS7</source>
        <translation>UAS7</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/uas7.py"/>
        <source>pale, hatched: estimated from 4–6 days</source>
        <translation>chiaro, tratteggiato: stimato da 4–6 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/uas7.py"/>
        <source>no score: 3 days or fewer written</source>
        <translation>nessun punteggio: 3 giorni scritti o meno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/uas7.py"/>
        <source>Choose a child to see the weekly UAS7.</source>
        <translation>Scegli un bambino per vedere l’UAS7 settimanale.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/uas7.py"/>
        <source>No week in this range has a UAS7 yet: a week needs wheals and itch written on at least 4 of its 7 days.</source>
        <translation>Nessuna settimana di questo intervallo ha ancora un UAS7: una settimana ha bisogno di pomfi e prurito scritti in almeno 4 dei suoi 7 giorni.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/uas7.py"/>
        <source>itch- and hive-free (0)</source>
        <translation>senza prurito né pomfi (0)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/uas7.py"/>
        <source>well controlled (1–6)</source>
        <translation>ben controllata (1–6)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/uas7.py"/>
        <source>mild (7–15)</source>
        <translation>lieve (7–15)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/uas7.py"/>
        <source>moderate (16–27)</source>
        <translation>moderata (16–27)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/uas7.py"/>
        <source>severe (28–42)</source>
        <translation>grave (28–42)</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>The entry was deleted.</source>
        <translation>L’annotazione è stata eliminata.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>The episode was deleted.</source>
        <translation>L’episodio è stato eliminato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>The injection was deleted.</source>
        <translation>L’iniezione è stata eliminata.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>The medication row was deleted.</source>
        <translation>La riga del farmaco è stata eliminata.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>The lab result was deleted.</source>
        <translation>Il risultato dell’esame è stato eliminato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>The clinic visit was deleted.</source>
        <translation>La visita è stata eliminata.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>The questionnaire and its answers were removed.</source>
        <translation>Il questionario e le sue risposte sono stati rimossi.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>Put back what was deleted (Ctrl+Z)</source>
        <translation>Rimetti ciò che è stato eliminato (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>Undo: %1</source>
        <translation>Annulla: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/undo_bar.py"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>Annulla con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>Edit clinic visit</source>
        <translation>Modifica visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>Add clinic visit</source>
        <translation>Aggiungi visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>Date of the visit</source>
        <translation>Data della visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>Clinician</source>
        <translation>Medico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>Questions for the clinician</source>
        <translation>Domande per il medico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>One question per line</source>
        <translation>Una domanda per riga</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>What was decided: changes to the medicines, next tests, next visit</source>
        <translation>Cosa è stato deciso: cambi nei farmaci, prossimi esami, prossima visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>C&amp;linician</source>
        <translation>&amp;Medico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>&amp;Questions</source>
        <translation>Dom&amp;ande</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Esito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>Questions: please keep them under 10,000 characters.</source>
        <translation>Domande: restare sotto i 10.000 caratteri.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/visit_dialog.py"/>
        <source>Outcome: please keep it under 10,000 characters.</source>
        <translation>Esito: restare sotto i 10.000 caratteri.</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Clinician</source>
        <translation>Medico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>%1
(coming)</source>
        <translation>%1
(in arrivo)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Clinic visits</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Questions for the next visit</source>
        <translation>Domande per la prossima visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Date of the next visit</source>
        <translation>Data della prossima visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Next &amp;visit on:</source>
        <translation>Prossima v&amp;isita il:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Write questions down as they come up, one per line: they are saved as you type and shown in the visit report.</source>
        <translation>Annota le domande man mano che ti vengono in mente, una per riga: si salvano mentre scrivi e compaiono nel referto per la visita.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>&amp;Save questions</source>
        <translation>&amp;Salva domande</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Save questions</source>
        <translation>Salva domande</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Save now (Ctrl+S); typing saves by itself</source>
        <translation>Salva ora (Ctrl+S); mentre scrivi si salva da solo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>All visits</source>
        <translation>Tutte le visite</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>No clinic visit recorded yet.</source>
        <translation>Nessuna visita registrata finora.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>&amp;Add visit…</source>
        <translation>A&amp;ggiungi visita…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Add a clinic visit (Ctrl+N)</source>
        <translation>Aggiungi una visita (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Not saved yet…</source>
        <translation>Non ancora salvato…</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Saved with the visit on %1.</source>
        <translation>Salvato con la visita del %1.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>No visit booked yet: the first question books one on this date.</source>
        <translation>Nessuna visita fissata: la prima domanda ne fissa una in questa data.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Delete the visit of %1 with its questions and outcome?</source>
        <translation>Eliminare la visita del %1 con le sue domande e il suo esito?</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/pages/visits.py"/>
        <source>Delete clinic visit</source>
        <translation>Elimina visita</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../masto_diary/ui/app.py"/>
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>Mastocytosis diary</source>
        <translation>Diario della mastocitosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/app.py"/>
        <source>The diary cannot be opened</source>
        <translation>Il diario non si può aprire</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/app.py"/>
        <source>masto-diary is already open for this diary; its window was brought to the front.</source>
        <translation>masto-diary è già aperto per questo diario; la sua finestra è stata portata in primo piano.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/app.py"/>
        <source>process %1</source>
        <translation>processo %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/app.py"/>
        <source>another program</source>
        <translation>un altro programma</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/app.py"/>
        <source>masto-diary is already open for this diary (%1), but its window did not answer. Close it, or wait until it has finished, then start masto-diary again.</source>
        <translation>masto-diary è già aperto per questo diario (%1), ma la sua finestra non ha risposto. Chiudilo, o aspetta che abbia finito, poi avvia di nuovo masto-diary.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/app.py"/>
        <source>masto-diary is already open</source>
        <translation>masto-diary è già aperto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/app.py"/>
        <source>That diary is already open in another masto-diary window.</source>
        <translation>Quel diario è già aperto in un’altra finestra di masto-diary.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../masto_diary/ui/charts/medication_lanes.py"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/conflicts_dialog.py"/>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/conflicts_dialog.py"/>
        <source>&amp;Keep the other version</source>
        <translation>&amp;Tieni l’altra versione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/conflicts_dialog.py"/>
        <source>Keep &amp;one</source>
        <translation>Tienine &amp;uno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/conflicts_dialog.py"/>
        <source>Keep &amp;both</source>
        <translation>Tienili &amp;entrambi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/conflicts_dialog.py"/>
        <source>These records were changed on two laptops before they heard of each other. Check them together; if the kept version is wrong, choose the other one and keep it: it goes to the other laptops like any save.</source>
        <translation>Questi dati sono stati cambiati su due portatili prima che si sentissero. Controllateli insieme; se la versione rimasta è sbagliata, scegliete l’altra e tenetela: andrà agli altri portatili come ogni salvataggio.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/dialogs/conflicts_dialog.py"/>
        <source>Nothing was changed on two laptops at once.</source>
        <translation>Niente è stato cambiato su due portatili allo stesso tempo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>another laptop</source>
        <translation>un altro portatile</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>In the diary: deleted %1 on %2.</source>
        <translation>Nel diario: cancellato il %1 su %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>In the diary: the version saved %1 on %2.</source>
        <translation>Nel diario: la versione salvata il %1 su %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>Not kept: the deletion made %1 on %2.</source>
        <translation>Non tenuta: la cancellazione fatta il %1 su %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>Not kept: the version saved %1 on %2.</source>
        <translation>Non tenuta: la versione salvata il %1 su %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The saved version holds: %1</source>
        <translation>La versione salvata contiene: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>What differs (in the diary → not kept): %1</source>
        <translation>Cosa cambia (nel diario → non tenuta): %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>%1 — two injections on %2, likely the same dose logged twice</source>
        <translation>%1 — due iniezioni il %2, probabilmente la stessa dose registrata due volte</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>%1 mg at %2, logged on %3 (%4)</source>
        <translation>%1 mg alle %2, registrata su %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>“Keep one” deletes the second; “Keep both” if both were given.</source>
        <translation>«Tienine uno» cancella la seconda; «Tienili entrambi» se sono state fatte tutte e due.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The evening</source>
        <translation>La sera</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>A score</source>
        <translation>Un punteggio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The episode</source>
        <translation>L’episodio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The injection</source>
        <translation>L’iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The medication</source>
        <translation>Il farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The lab result</source>
        <translation>L’esame</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The visit</source>
        <translation>La visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The weight</source>
        <translation>Il peso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The height</source>
        <translation>L’altezza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The child&apos;s details</source>
        <translation>I dati del bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>A symptom</source>
        <translation>Un sintomo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>A trigger</source>
        <translation>Un fattore scatenante</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The treatment plan</source>
        <translation>Il piano di cura</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>A questionnaire</source>
        <translation>Un questionario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>The questionnaire&apos;s answers</source>
        <translation>Le risposte al questionario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>A record</source>
        <translation>Un dato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>symptoms</source>
        <translation>sintomi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>triggers</source>
        <translation>fattori scatenanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>wellbeing</source>
        <translation>benessere</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>school missed</source>
        <translation>assenza da scuola</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>sleep disturbed</source>
        <translation>sonno disturbato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>reported by</source>
        <translation>compilato da</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>start</source>
        <translation>inizio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>end</source>
        <translation>fine</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>severity</source>
        <translation>gravità</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>antihistamine</source>
        <translation>antistaminico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>steroid</source>
        <translation>cortisone</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>adrenaline</source>
        <translation>adrenalina</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>emergency visit</source>
        <translation>pronto soccorso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>rescue notes</source>
        <translation>note sui farmaci al bisogno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>time given</source>
        <translation>ora della somministrazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>dose (mg)</source>
        <translation>dose (mg)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>dose</source>
        <translation>dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>site</source>
        <translation>sede</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>place</source>
        <translation>luogo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>local reaction</source>
        <translation>reazione locale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>weight (kg)</source>
        <translation>peso (kg)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>height (cm)</source>
        <translation>altezza (cm)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>birth date</source>
        <translation>data di nascita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/conflict_texts.py"/>
        <source>other details</source>
        <translation>altri dettagli</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>Given by</source>
        <translation>Somministrata da</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>Reported by</source>
        <translation>Compilato da</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The analyte</source>
        <translation>L&apos;analita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The birth date</source>
        <translation>La data di nascita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The clinic</source>
        <translation>Il centro clinico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The clinician</source>
        <translation>Il medico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The day</source>
        <translation>Il giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The day of the weight</source>
        <translation>Il giorno del peso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The day the sample was taken</source>
        <translation>Il giorno del prelievo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The diagnosis</source>
        <translation>La diagnosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The drug class</source>
        <translation>La classe del farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The end time</source>
        <translation>L&apos;ora di fine</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The frequency</source>
        <translation>La frequenza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The injection site</source>
        <translation>La sede dell&apos;iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The kind of episode</source>
        <translation>Il tipo di episodio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The lot</source>
        <translation>Il lotto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The name of the test</source>
        <translation>Il nome dell&apos;esame</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The outcome</source>
        <translation>L&apos;esito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The place</source>
        <translation>Il luogo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The questions</source>
        <translation>Le domande</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The reason</source>
        <translation>Il motivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The rescue notes</source>
        <translation>Le note sul farmaco di soccorso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The severity</source>
        <translation>La gravità</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The start date</source>
        <translation>La data di inizio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The start time</source>
        <translation>L&apos;ora di inizio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The time of the injection</source>
        <translation>L&apos;ora dell&apos;iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The unit</source>
        <translation>L&apos;unità</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The visit date</source>
        <translation>La data della visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The child&apos;s name</source>
        <translation>Il nome del bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The creation time</source>
        <translation>L&apos;ora di creazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The dose (mg)</source>
        <translation>La dose (mg)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The dose unit</source>
        <translation>L&apos;unità della dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The dose</source>
        <translation>La dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The drug name</source>
        <translation>Il nome del farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The end date</source>
        <translation>La data di fine</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The expiry date</source>
        <translation>La data di scadenza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The interval (days)</source>
        <translation>L&apos;intervallo (giorni)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The local reaction</source>
        <translation>La reazione locale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The lower reference limit</source>
        <translation>Il limite di riferimento inferiore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The medication name</source>
        <translation>Il nome del farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The scale maximum</source>
        <translation>Il massimo della scala</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The symptom key</source>
        <translation>La chiave del sintomo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The symptom name</source>
        <translation>Il nome del sintomo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The time of the last change</source>
        <translation>L&apos;ora dell&apos;ultima modifica</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The trigger name</source>
        <translation>Il nome del fattore scatenante</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The upper reference limit</source>
        <translation>Il limite di riferimento superiore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>Wellbeing</source>
        <translation>Benessere</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 cannot hold line breaks, control characters or text-direction marks (found %2); type it again without them</source>
        <translation>%1: non sono ammessi a capo, caratteri di controllo o segni di direzione del testo (trovato %2); riscrivilo senza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 cannot hold control characters or text-direction marks (found %2); type it again without them</source>
        <translation>%1: non sono ammessi caratteri di controllo o segni di direzione del testo (trovato %2); riscrivilo senza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1: deve essere tra %2 e %3, trovato %4</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 must be at most %2 characters</source>
        <translation>%1: al massimo %2 caratteri</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 is required</source>
        <translation>%1: campo obbligatorio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 must be text</source>
        <translation>%1: deve essere un testo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 must carry its time zone</source>
        <translation>%1: deve indicare il fuso orario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 must be a number, got %2</source>
        <translation>%1: deve essere un numero, trovato %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 must be at least %2, got %3</source>
        <translation>%1: almeno %2, trovato %3</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 must be %2–%3, got %4</source>
        <translation>%1: deve essere %2–%3, trovato %4</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1: deve essere uno tra %2, trovato %3</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>A child named &apos;%1&apos; is already in this diary</source>
        <translation>In questo diario c&apos;è già un bambino di nome &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The symptom &apos;%1&apos; is already in the list</source>
        <translation>Il sintomo &apos;%1&apos; è già nell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The trigger &apos;%1&apos; is already in the list</source>
        <translation>Il fattore scatenante &apos;%1&apos; è già nell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The measurement&apos;s day, %1, is before the child&apos;s birth on %2: check the day.</source>
        <translation>Il giorno della misura, %1, è prima della nascita del bambino il %2: controlla il giorno.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The measurement&apos;s day, %1, is in the future: check the day.</source>
        <translation>Il giorno della misura, %1, è nel futuro: controlla il giorno.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>This weight is far outside WHO&apos;s growth charts for the child&apos;s age and sex (z-score %1; WHO calls beyond ±%2 implausible): check the value, and keep it only if it is right.</source>
        <translation>Questo peso è molto fuori dalle curve di crescita dell’OMS per l’età e il sesso del bambino (z-score %1; l’OMS considera implausibile oltre ±%2): controlla il valore e tienilo solo se è giusto.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>This height is far outside WHO&apos;s growth charts for the child&apos;s age and sex (z-score %1; WHO calls beyond ±%2 implausible): check the value, and keep it only if it is right.</source>
        <translation>Questa altezza è molto fuori dalle curve di crescita dell’OMS per l’età e il sesso del bambino (z-score %1; l’OMS considera implausibile oltre ±%2): controlla il valore e tienila solo se è giusta.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>This weight for the height is far outside WHO&apos;s growth charts for the child&apos;s age and sex (z-score %1; WHO calls beyond ±%2 implausible): check the value, and keep it only if it is right.</source>
        <translation>Questo peso rispetto all’altezza è molto fuori dalle curve di crescita dell’OMS per l’età e il sesso del bambino (z-score %1; l’OMS considera implausibile oltre ±%2): controlla il valore e tienilo solo se è giusto.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The weight must be above 0 and at most 300 kg, got %1</source>
        <translation>Il peso deve essere sopra 0 e al massimo 300 kg, trovato %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The diary could not be saved: the disk of the folder %1 is full. Nothing was changed; free some space on that disk and try again.</source>
        <translation>Il diario non è stato salvato: il disco della cartella %1 è pieno. Non è cambiato nulla; libera un po&apos; di spazio su quel disco e riprova.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The folder %1 is on a disk that can only be read. Copy the folder to a disk you can write on and open that copy to write in the diary</source>
        <translation>La cartella %1 è su un disco che si può solo leggere. Copia la cartella su un disco scrivibile e apri quella copia per scrivere nel diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 in %2 was made read-only. To write in it again, allow writing in the file&apos;s properties (or run: %3)</source>
        <translation>%1 in %2 è stato reso di sola lettura. Per scriverci di nuovo, consenti la scrittura nelle proprietà del file (oppure esegui: %3)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The folder %1 was made read-only. To write in the diary again, allow writing in the folder&apos;s properties (or run: %2)</source>
        <translation>La cartella %1 è stata resa di sola lettura. Per scrivere di nuovo nel diario, consenti la scrittura nelle proprietà della cartella (oppure esegui: %2)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 is empty (0 bytes), so it holds no diary. The file has been left as it is; restore the newest backup (File ▸ Backups…) or open another file.</source>
        <translation>%1 è vuoto (0 byte), quindi non contiene alcun diario. Il file è stato lasciato com’è; ripristina il backup più recente (File ▸ Backup…) o apri un altro file.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 is not a masto-diary diary: it is not an SQLite database. The file has been left as it is.</source>
        <translation>%1 non è un diario di masto-diary: non è un database SQLite. Il file è stato lasciato com’è.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 is damaged and cannot be read (%2). The file has been left as it is; restore a backup or open another file.</source>
        <translation>%1 è danneggiato e non si può leggere (%2). Il file è stato lasciato com’è; ripristina un backup o apri un altro file.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 is damaged: SQLite&apos;s integrity check reports “%2”. The file has been left as it is; restore a backup or open another file.</source>
        <translation>%1 è danneggiato: il controllo di integrità di SQLite riporta “%2”. Il file è stato lasciato com’è; ripristina un backup o apri un altro file.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 is damaged: some of its records refer to records that are missing (%2). The file has been left as it is; restore a backup or open another file.</source>
        <translation>%1 è danneggiato: alcuni suoi dati rimandano a dati che mancano (%2). Il file è stato lasciato com’è; ripristina un backup o apri un altro file.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>row %1 of &apos;%2&apos; refers to a missing row of &apos;%3&apos;</source>
        <translation>la riga %1 di &apos;%2&apos; rimanda a una riga mancante di &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 rows of &apos;%2&apos; (%3) refer to missing rows of &apos;%4&apos;</source>
        <translation>%1 righe di &apos;%2&apos; (%3) rimandano a righe mancanti di &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 is an SQLite database but not a masto-diary diary. The file has been left as it is.</source>
        <translation>%1 è un database SQLite ma non un diario di masto-diary. Il file è stato lasciato com’è.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 was written by a newer version of masto-diary (schema %2). Install the newer version to open it; the file has been left as it is.</source>
        <translation>%1 è stato scritto da una versione più recente di masto-diary (schema %2). Installa la versione più recente per aprirlo; il file è stato lasciato com’è.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The diary %1 cannot be read: %2.</source>
        <translation>Il diario %1 non si può leggere: %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>masto-diary may not read %1: it belongs to the user %2. Start masto-diary as that user, or ask them to copy the diary into a folder of yours (or, as the administrator, run: %3)</source>
        <translation>masto-diary non ha il permesso di leggere %1: appartiene all’utente %2. Avvia masto-diary come quell’utente, oppure chiedigli di copiare il diario in una tua cartella (o, come amministratore, esegui: %3)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>masto-diary may not read %1: it belongs to another user. Start masto-diary as that user, or ask them to copy the diary into a folder of yours (or, as the administrator, run: %2)</source>
        <translation>masto-diary non ha il permesso di leggere %1: appartiene a un altro utente. Avvia masto-diary come quell’utente, oppure chiedigli di copiare il diario in una tua cartella (o, come amministratore, esegui: %2)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>You took away your own right to read %1. Allow reading and writing in its properties (or run: %2), then start masto-diary again</source>
        <translation>Hai tolto a te stesso il permesso di leggere %1. Consenti lettura e scrittura nelle sue proprietà (o esegui: %2), poi avvia di nuovo masto-diary</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>masto-diary may not write in the folder %1 (it belongs to another user). Open a diary in your own folder, or ask that user to copy it for you</source>
        <translation>masto-diary non ha il permesso di scrivere nella cartella %1 (appartiene a un altro utente). Apri un diario in una tua cartella, oppure chiedi a quell’utente di copiartelo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The diary in %1 can no longer be written (the file or its disk became read-only). Nothing was changed; make it writable and try again.</source>
        <translation>Il diario in %1 non si può più scrivere (il file o il suo disco sono diventati di sola lettura). Non è stato modificato nulla; rendilo scrivibile e riprova.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The disk of the folder %1 reported an error while saving. Nothing was changed; check the disk and try again.</source>
        <translation>Il disco della cartella %1 ha segnalato un errore durante il salvataggio. Non è stato modificato nulla; controlla il disco e riprova.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The diary %1 is in use by %2. Wait for it to finish, or close the masto-diary window, then try again. Nothing was changed.</source>
        <translation>Il diario %1 è in uso da parte di %2. Aspetta che finisca, o chiudi la finestra di masto-diary, poi riprova. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The diary in %1 cannot be opened for writing: %2. Check that the folder is yours and writable, or open a copy of the diary elsewhere.</source>
        <translation>Il diario in %1 non si può aprire in scrittura: %2. Controlla che la cartella sia tua e scrivibile, oppure apri una copia del diario altrove.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The backup %1 could not be written in the folder %2 (%3); the diary was not changed. Free some space on that disk, or choose another backups folder, and try again.</source>
        <translation>Non è stato possibile scrivere il backup %1 nella cartella %2 (%3); il diario non è stato modificato. Libera spazio su quel disco, o scegli un’altra cartella per i backup, e riprova.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The backup %1 is damaged: %2.</source>
        <translation>Il backup %1 è danneggiato: %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 is still open in another window or program; close it and try again.</source>
        <translation>%1 è ancora aperto in un’altra finestra o programma; chiudilo e riprova.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>This record is no longer in the diary: it was deleted meanwhile</source>
        <translation>Questo dato non è più nel diario: nel frattempo è stato eliminato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>It can no longer be undone: the diary changed in the same place since.</source>
        <translation>Non si può più annullare: nel frattempo il diario è cambiato nello stesso punto.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 is still being taken</source>
        <translation>%1 è ancora in corso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 can restart after %2</source>
        <translation>%1 può essere ripreso dopo il %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 was already stopped on %2</source>
        <translation>%1 era già stato sospeso il %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The new dose must start after %1, when the current dose started</source>
        <translation>La nuova dose deve iniziare dopo il %1, quando è iniziata la dose attuale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>A medication cannot stop before it started (%1)</source>
        <translation>Un farmaco non può essere sospeso prima di essere iniziato (%1)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>A new plan must start after the current plan&apos;s start (%1)</source>
        <translation>Un nuovo piano deve iniziare dopo l’inizio del piano attuale (%1)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The plan must start after the previous plan&apos;s start (%1)</source>
        <translation>Il piano deve iniziare dopo l’inizio del piano precedente (%1)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1. masto-diary only reads this diary (look at it, export it or make a report); nothing was changed.</source>
        <translation>%1. masto-diary legge soltanto questo diario (puoi guardarlo, esportarlo o farne un referto); non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1. Nothing was changed.</source>
        <translation>%1. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The birth date cannot be in the future</source>
        <translation>La data di nascita non può essere nel futuro</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The end must not be before the start</source>
        <translation>La fine non può essere prima dell&apos;inizio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The plan cannot end before it starts</source>
        <translation>Il piano non può finire prima di iniziare</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>A medication cannot end before it starts</source>
        <translation>Un farmaco non può finire prima di iniziare</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>The next visit must be dated today or later</source>
        <translation>La prossima visita deve essere oggi o più avanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>Give the dose: there is no treatment plan yet</source>
        <translation>Indica la dose: non c&apos;è ancora un piano di terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1: masto-diary is not allowed to write there</source>
        <translation>%1: masto-diary non ha il permesso di scrivere lì</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1: the disk is full; free some space on it</source>
        <translation>%1: il disco è pieno; libera spazio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1: the disk can only be read</source>
        <translation>%1: il disco si può solo leggere</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: la cartella non esiste</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1 is a folder; choose a file name</source>
        <translation>%1 è una cartella; scegli un nome di file</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/core_sentences.py"/>
        <source>%1: the computer reported an error (%2)</source>
        <translation>%1: il computer ha segnalato un errore (%2)</translation>
    </message>
</context>
<context>
    <name>episode_times</name>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>Morning, %1</source>
        <translation>Mattina, %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>Afternoon, %1</source>
        <translation>Pomeriggio, %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>Evening, %1</source>
        <translation>Sera, %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>Last night, %1</source>
        <translation>Ieri notte, %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>Not ended yet</source>
        <translation>Non ancora finito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>5 minutes</source>
        <translation>5 minuti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>15 minutes</source>
        <translation>15 minuti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>30 minutes</source>
        <translation>30 minuti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>45 minutes</source>
        <translation>45 minuti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>2 hours</source>
        <translation>2 ore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>3 hours</source>
        <translation>3 ore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/widgets/episode_times.py"/>
        <source>Just now</source>
        <translation>Adesso</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../masto_diary/ui/charts/export.py"/>
        <source>PNG picture (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/export.py"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/export.py"/>
        <source>Save “%1”</source>
        <translation>Salva “%1”</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/charts/export.py"/>
        <source>Chart from masto-diary</source>
        <translation>Grafico da masto-diary</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Cutaneous mastocytosis</source>
        <translation>Mastocitosi cutanea</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Indolent systemic mastocytosis</source>
        <translation>Mastocitosi sistemica indolente</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Smouldering systemic mastocytosis</source>
        <translation>Mastocitosi sistemica smouldering</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Not known yet</source>
        <translation>Non ancora nota</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Mastocytosis</source>
        <translation>Mastocitosi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Chronic spontaneous urticaria</source>
        <translation>Orticaria cronica spontanea</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Other condition</source>
        <translation>Altra condizione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Not stated</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Girl</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Boy</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Parent</source>
        <translation>Genitore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>The child</source>
        <translation>Il bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Other carer</source>
        <translation>Altra persona</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Flushing</source>
        <translation>Vampate (flushing)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Itch</source>
        <translation>Prurito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Hives / blisters</source>
        <translation>Pomfi / bolle</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Gastrointestinal</source>
        <translation>Gastrointestinale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Anaphylaxis</source>
        <translation>Anafilassi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Mild</source>
        <translation>Lieve</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Moderate</source>
        <translation>Moderata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Left upper arm</source>
        <translation>Braccio sinistro</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Right upper arm</source>
        <translation>Braccio destro</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Left thigh</source>
        <translation>Coscia sinistra</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Right thigh</source>
        <translation>Coscia destra</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Abdomen, left</source>
        <translation>Addome, lato sinistro</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Abdomen, right</source>
        <translation>Addome, lato destro</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Clinic</source>
        <translation>Ambulatorio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>H1 antihistamine</source>
        <translation>Antistaminico H1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>H2 antihistamine</source>
        <translation>Antistaminico H2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Cromolyn (mast-cell stabiliser)</source>
        <translation>Cromoglicato (stabilizzatore dei mastociti)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Leukotriene antagonist</source>
        <translation>Antileucotrienico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Corticosteroid, oral</source>
        <translation>Corticosteroide orale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Corticosteroid, topical</source>
        <translation>Corticosteroide topico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Epinephrine (adrenaline)</source>
        <translation>Adrenalina (epinefrina)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Serum tryptase</source>
        <translation>Triptasi sierica</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Total IgE</source>
        <translation>IgE totali</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>KIT D816V allele burden</source>
        <translation>Carico allelico KIT D816V</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>Other test</source>
        <translation>Altro esame</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>mild</source>
        <translation>lieve</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>moderate</source>
        <translation>moderato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/labels.py"/>
        <source>severe</source>
        <translation>grave</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Episodes</source>
        <translation>Episodi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Injections</source>
        <translation>Iniezioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Medications</source>
        <translation>Farmaci</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Labs</source>
        <translation>Esami</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Visits</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Report</source>
        <translation>Referto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/ui/main_window.py"/>
        <source>Growth</source>
        <translation>Crescita</translation>
    </message>
</context>
<context>
    <name>patterns</name>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>95 % CI %1 to %2</source>
        <translation>IC 95 % da %1 a %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Too few on-time dose cycles to tell whether the effect wears off (%1 of at least %2).</source>
        <translation>Troppo pochi cicli di dose puntuali per dire se l&apos;effetto si esaurisce (%1 su almeno %2).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>The UAS7 rose by %1 (%2) in the last %3 days of %4 on-time cycles: the effect may wear off before the next dose.</source>
        <translation>L&apos;UAS7 è salito di %1 (%2) negli ultimi %3 giorni di %4 cicli puntuali: l&apos;effetto potrebbe esaurirsi prima della dose successiva.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>No rise of the UAS7 beyond chance in the last %3 days of %4 on-time cycles (change %1, %2).</source>
        <translation>Nessun aumento dell&apos;UAS7 oltre il caso negli ultimi %3 giorni di %4 cicli puntuali (variazione %1, %2).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Scores rose by %1 (%2) in the last %3 days of %4 on-time cycles: the effect may wear off before the next dose.</source>
        <translation>I punteggi sono saliti di %1 (%2) negli ultimi %3 giorni di %4 cicli puntuali: l&apos;effetto potrebbe esaurirsi prima della dose successiva.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>No rise beyond chance in the last %3 days of %4 on-time cycles (change %1, %2).</source>
        <translation>Nessun aumento oltre il caso negli ultimi %3 giorni di %4 cicli puntuali (variazione %1, %2).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Wear-off: too few on-time cycles to tell (%1 of at least %2).</source>
        <translation>Perdita di effetto: troppo pochi cicli puntuali per dirlo (%1 su almeno %2).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Wear-off: no rise beyond chance over %1 on-time cycles.</source>
        <translation>Perdita di effetto: nessun aumento oltre il caso in %1 cicli puntuali.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Wear-off: scores rose by %1 (%2) in the last %3 days of %4 on-time cycles.</source>
        <translation>Perdita di effetto: punteggi saliti di %1 (%2) negli ultimi %3 giorni di %4 cicli puntuali.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Wear-off: the UAS7 rose by %1 (%2) in the last %3 days of %4 on-time cycles.</source>
        <translation>Perdita di effetto: UAS7 salito di %1 (%2) negli ultimi %3 giorni di %4 cicli puntuali.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Shown apart, %n cycle(s) with the next dose late: on the days past the due date the score was %1 higher than mid-cycle on average. That is a missed dose, not wear-off.</source>
        <translation>
            <numerusform>A parte, %n ciclo con la dose successiva in ritardo: nei giorni dopo la scadenza il punteggio era in media %1 più alto che a metà ciclo. È una dose mancata, non una perdita di effetto.</numerusform>
            <numerusform>A parte, %n cicli con la dose successiva in ritardo: nei giorni dopo la scadenza il punteggio era in media %1 più alto che a metà ciclo. È una dose mancata, non una perdita di effetto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Shown apart, %n cycle(s) with the next dose late: on the days past the due date the UAS7 was %1 higher than mid-cycle on average. That is a missed dose, not wear-off.</source>
        <translation>
            <numerusform>A parte, %n ciclo con la dose successiva in ritardo: nei giorni dopo la scadenza l&apos;UAS7 era in media %1 più alto che a metà ciclo. È una dose mancata, non una perdita di effetto.</numerusform>
            <numerusform>A parte, %n cicli con la dose successiva in ritardo: nei giorni dopo la scadenza l&apos;UAS7 era in media %1 più alto che a metà ciclo. È una dose mancata, non una perdita di effetto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>%1 went with more episodes the next day: %2 of %3 days after it had an episode, against %4 of %5 after other episode days (ratio %6, %7; adjusted for the day in the dose cycle and the season).</source>
        <translation>%1 si è accompagnato a più episodi il giorno dopo: %2 dei %3 giorni successivi hanno avuto un episodio, contro %4 dei %5 dopo gli altri giorni con episodio (rapporto %6, %7; corretto per il giorno del ciclo di dose e la stagione).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>%1: not enough to tell (logged on %n day(s)).</source>
        <translation>
            <numerusform>%1: dati insufficienti per dirlo (annotato in %n giorno).</numerusform>
            <numerusform>%1: dati insufficienti per dirlo (annotato in %n giorni).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>%1: not enough to tell (logged on %n day(s); about %2 would be needed to tell a doubling of next-day episodes from chance).</source>
        <translation>
            <numerusform>%1: dati insufficienti per dirlo (annotato in %n giorno; ne servirebbero circa %2 per distinguere dal caso un raddoppio degli episodi il giorno dopo).</numerusform>
            <numerusform>%1: dati insufficienti per dirlo (annotato in %n giorni; ne servirebbero circa %2 per distinguere dal caso un raddoppio degli episodi il giorno dopo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>%1 (%n day(s) logged)</source>
        <translation>
            <numerusform>%1 (annotato in %n giorno)</numerusform>
            <numerusform>%1 (annotato in %n giorni)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>No more episodes the next day beyond chance, with days enough to have seen a doubling: %1.</source>
        <translation>Nessun episodio in più il giorno dopo oltre il caso, con giorni sufficienti per vedere un raddoppio: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>%1 (%n day(s) logged, about %2 needed)</source>
        <translation>
            <numerusform>%1 (annotato in %n giorno, ne servirebbero circa %2)</numerusform>
            <numerusform>%1 (annotato in %n giorni, ne servirebbero circa %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Not enough to tell: %1. &quot;Needed&quot;: about how many logged days would tell a doubling of next-day episodes from chance.</source>
        <translation>Dati insufficienti per dirlo: %1. «Ne servirebbero»: circa quanti giorni annotati permetterebbero di distinguere dal caso un raddoppio degli episodi il giorno dopo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>The same day cannot be told: a trigger is written only on an episode, so the days it was met without one are not in the diary.</source>
        <translation>Lo stesso giorno non si può valutare: un fattore scatenante si annota solo su un episodio, quindi i giorni in cui c&apos;è stato senza episodio non sono nel diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Wear-off: in each cycle whose next dose came within 3 days of its due date, the mean score of its last %1 days minus that of days %2 to %3; the cycles&apos; mean and its 95 % CI (t-test). Triggers: days after a day the trigger was logged against days after other episode days, stratified by quarter of the dose cycle and season (Mantel-Haenszel ratio, exact test).</source>
        <translation>Perdita di effetto: in ogni ciclo la cui dose successiva è arrivata entro 3 giorni dalla scadenza, il punteggio medio degli ultimi %1 giorni meno quello dei giorni da %2 a %3; la media dei cicli e il suo IC 95 % (test t). Fattori scatenanti: i giorni dopo un giorno in cui il fattore è stato annotato contro i giorni dopo gli altri giorni con episodio, stratificati per quarto del ciclo di dose e stagione (rapporto di Mantel-Haenszel, test esatto).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>False discovery rate 5 % over %n test(s); only what passes is stated.</source>
        <translation>
            <numerusform>Tasso di falsi positivi (FDR) 5 % su %n test; si riporta solo ciò che lo supera.</numerusform>
            <numerusform>Tasso di falsi positivi (FDR) 5 % su %n test; si riporta solo ciò che lo supera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>No episode in this range names a trigger.</source>
        <translation>Nessun episodio in questo intervallo indica un fattore scatenante.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>No trigger went with more episodes the next day beyond chance.</source>
        <translation>Nessun fattore scatenante si è accompagnato a più episodi il giorno dopo oltre il caso.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>%1-day mean</source>
        <translation>media di %1 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>daily score</source>
        <translation>punteggio giornaliero</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>no entry</source>
        <translation>nessuna annotazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>injection</source>
        <translation>iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>dose overdue</source>
        <translation>dose in ritardo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>severe episode</source>
        <translation>episodio grave</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>episode: mild</source>
        <translation>episodio: lieve</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>moderate</source>
        <translation>moderato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>anaphylaxis</source>
        <translation>anafilassi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>ep.</source>
        <translation>ep.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>median, this period</source>
        <translation>mediana, questo periodo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>25th–75th percentile</source>
        <translation>25°–75° percentile</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>median, all cycles on therapy</source>
        <translation>mediana, tutti i cicli in terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>next dose due</source>
        <translation>prossima dose prevista</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>days behind each point (at most %1)</source>
        <translation>giorni dietro ogni punto (al massimo %1)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>point from fewer than 3 cycles, with their number</source>
        <translation>punto da meno di 3 cicli, con il loro numero</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>days since the last injection</source>
        <translation>giorni dall’ultima iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>first injection</source>
        <translation>prima iniezione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/charts.py"/>
        <source>upper limit %1</source>
        <translation>limite superiore %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/patterns.py"/>
        <source>Patterns: wear-off and triggers</source>
        <translation>Ricorrenze: perdita di effetto e fattori scatenanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Not enough answers in this period for a trend.</source>
        <translation>Risposte insufficienti in questo periodo per un andamento.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Unchanged since %1.</source>
        <translation>Invariato dal %1.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Up %1 since %2.</source>
        <translation>Salito di %1 dal %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Down %1 since %2.</source>
        <translation>Sceso di %1 dal %2.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Questionnaire: %1</source>
        <translation>Questionario: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>No complete set of answers yet.</source>
        <translation>Ancora nessuna serie completa di risposte.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Latest total %1 (possible %2–%3), %4, on %5.</source>
        <translation>Ultimo totale %1 (possibile %2–%3), %4, il %5.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Subscales of the latest answers: %1.</source>
        <translation>Sottoscale delle ultime risposte: %1.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Band</source>
        <translation>Fascia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/questionnaires.py"/>
        <source>Questionnaire (continued)</source>
        <translation>Questionario (continua)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Clinic-visit report – %1 – %2</source>
        <translation>Referto per la visita – %1 – %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>page %1/%2</source>
        <translation>pagina %1/%2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>created %1</source>
        <translation>creato il %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No questions were written down for this visit.</source>
        <translation>Non sono state annotate domande per questa visita.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Clinic-visit report</source>
        <translation>Referto per la visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Daily symptom score, injections and episodes</source>
        <translation>Punteggio giornaliero dei sintomi, iniezioni ed episodi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No scored day on therapy in this period.</source>
        <translation>Nessun giorno con punteggio in terapia in questo periodo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No injection is recorded, so there is no dose cycle to show.</source>
        <translation>Non è registrata nessuna iniezione, quindi non c’è un ciclo della dose da mostrare.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Questions for this visit</source>
        <translation>Domande per questa visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Questions for the visit of %1</source>
        <translation>Domande per la visita del %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>(all questions on a later page)</source>
        <translation>(tutte le domande in una pagina successiva)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Notes at the visit</source>
        <translation>Note alla visita</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1 years on %2</source>
        <translation>%1 anni al %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1 days, %2 with an entry (%3)</source>
        <translation>%1 giorni, %2 con un’annotazione (%3)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Now taking</source>
        <translation>Terapie in corso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Stopped in this period</source>
        <translation>Sospesi in questo periodo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Latest results</source>
        <translation>Ultimi risultati</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Anaphylaxis in this period</source>
        <translation>Anafilassi in questo periodo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Top triggers (episodes in this period)</source>
        <translation>Fattori scatenanti principali (episodi in questo periodo)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No episode had a trigger recorded.</source>
        <translation>Nessun episodio ha un fattore scatenante registrato.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Injection reactions: none</source>
        <translation>Reazioni all&apos;iniezione: nessuna</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Injection reactions: %1</source>
        <translation>Reazioni all&apos;iniezione: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No other medication is taken at the end of this period.</source>
        <translation>Nessun altro farmaco è assunto alla fine di questo periodo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1: stopped %2 (last %3)</source>
        <translation>%1: sospeso il %2 (ultima dose %3)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>(%1 %2 a day)</source>
        <translation>(%1 %2 al giorno)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1: none recorded</source>
        <translation>%1: nessun valore registrato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>incl. drug-bound IgE</source>
        <translation>incl. IgE legate al farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>above the reference limit (%1)</source>
        <translation>sopra il limite di riferimento (%1)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>below the reference limit (%1)</source>
        <translation>sotto il limite di riferimento (%1)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Weight %1 kg (%2)</source>
        <translation>Peso %1 kg (%2)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Weight: none recorded</source>
        <translation>Peso: nessun valore registrato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Height %1 cm (%2)</source>
        <translation>Altezza %1 cm (%2)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Height: none recorded</source>
        <translation>Altezza: nessun valore registrato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>BMI %1 kg/m² (%2)</source>
        <translation>IMC %1 kg/m² (%2)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>centile %1</source>
        <translation>centile %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>no WHO weight centile after 10 years (see BMI)</source>
        <translation>nessun centile OMS del peso dopo i 10 anni (vedi IMC)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>no WHO weight centile after 10 years</source>
        <translation>nessun centile OMS del peso dopo i 10 anni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Height centile fell from %1 (%2) to %3: more than one centile space</source>
        <translation>Il centile dell&apos;altezza è sceso da %1 (%2) a %3: più di uno spazio tra centili</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Dose cycle: daily UAS by days since the last injection (1 cycle)</source>
        <translation>Ciclo della dose: UAS giornaliero per giorni dall&apos;ultima iniezione (1 ciclo)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Dose cycle: daily UAS by days since the last injection (%1 cycles)</source>
        <translation>Ciclo della dose: UAS giornaliero per giorni dall&apos;ultima iniezione (%1 cicli)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Dose cycle: score by days since the last injection (1 cycle)</source>
        <translation>Ciclo di dose: punteggio per giorni dall&apos;ultima iniezione (1 ciclo)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Dose cycle: score by days since the last injection (%1 cycles)</source>
        <translation>Ciclo di dose: punteggio per giorni dall&apos;ultima iniezione (%1 cicli)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No treatment plan is recorded.</source>
        <translation>Non è registrato nessun piano di terapia.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1 %2 mg every %3 days</source>
        <translation>%1 %2 mg ogni %3 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>First injection: %1</source>
        <translation>Prima iniezione: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Injections in this period: %1</source>
        <translation>Iniezioni in questo periodo: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>On time (±%1 days): %2 of %3</source>
        <translation>Puntuali (±%1 giorni): %2 su %3</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Longest delay: %1</source>
        <translation>Ritardo massimo: %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Previous %1, on therapy</source>
        <translation>%1 precedenti, in terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Previous %1</source>
        <translation>Precedenti %1</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Mean daily symptom score (0–%1)</source>
        <translation>Punteggio giornaliero medio dei sintomi (0–%1)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Symptom-free days</source>
        <translation>Giorni senza sintomi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Episodes per 28 days</source>
        <translation>Episodi ogni 28 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Anaphylaxis</source>
        <translation>Anafilassi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Epinephrine uses</source>
        <translation>Usi di adrenalina</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Emergency visits</source>
        <translation>Accessi in pronto soccorso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Extra antihistamine doses</source>
        <translation>Dosi extra di antistaminico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Steroid rescue doses</source>
        <translation>Dosi di cortisonico al bisogno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>School days missed</source>
        <translation>Giorni di scuola persi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>Days with an entry</source>
        <translation>Giorni con un’annotazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 su %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Key figures</source>
        <translation>Dati principali</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Scores 0 none, 1 mild, 2 moderate, 3 severe. Mean over the days the symptom was scored; the trend compares the first and the second half of the period.</source>
        <translation>Punteggi 0 nessuno, 1 lieve, 2 moderato, 3 grave. Media sui giorni in cui il sintomo ha un punteggio; l’andamento confronta la prima e la seconda metà del periodo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Symptom</source>
        <translation>Sintomo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Days ≥ 2</source>
        <translation>Giorni ≥ 2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Days scored</source>
        <translation>Giorni con punteggio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>1st half → 2nd half</source>
        <translation>1ª metà → 2ª metà</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Symptoms one by one</source>
        <translation>Sintomi uno per uno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No symptom was scored in this period.</source>
        <translation>Nessun sintomo ha un punteggio in questo periodo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Symptoms (continued)</source>
        <translation>Sintomi (continua)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>(hidden) marks a symptom no longer on the daily list.</source>
        <translation>(nascosto) indica un sintomo non più nell’elenco giornaliero.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>(hidden)</source>
        <translation>(nascosto)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Episodes</source>
        <translation>Episodi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No episode was recorded in this period.</source>
        <translation>Nessun episodio registrato in questo periodo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1 episodes, %2 per 28 days; anaphylaxis %3, epinephrine %4, emergency visits %5.</source>
        <translation>%1 episodi, %2 ogni 28 giorni; anafilassi %3, adrenalina %4, accessi in pronto soccorso %5.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Lasted</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Triggers</source>
        <translation>Fattori scatenanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Rescue</source>
        <translation>Terapia al bisogno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Episodes (continued)</source>
        <translation>Episodi (continua)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>epinephrine</source>
        <translation>adrenalina</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>emergency visit</source>
        <translation>pronto soccorso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>steroid</source>
        <translation>cortisonico</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>extra antihistamine</source>
        <translation>antistaminico aggiuntivo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Injections</source>
        <translation>Iniezioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No injection was given in this period.</source>
        <translation>Nessuna iniezione somministrata in questo periodo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Lot</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Days since previous</source>
        <translation>Giorni dalla precedente</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Reaction</source>
        <translation>Reazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Place and notes</source>
        <translation>Luogo e note</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Injections (continued)</source>
        <translation>Iniezioni (continua)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>(%1 late)</source>
        <translation>(%1 di ritardo)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Medications in this period</source>
        <translation>Farmaci in questo periodo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No medication was taken in this period.</source>
        <translation>Nessun farmaco assunto in questo periodo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Medication</source>
        <translation>Farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>At the start</source>
        <translation>All’inizio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>At the end</source>
        <translation>Alla fine</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Changes in the period</source>
        <translation>Cambi nel periodo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Medications (continued)</source>
        <translation>Farmaci (continua)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>halved</source>
        <translation>dimezzato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>doubled</source>
        <translation>raddoppiato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>%1 → %2 %3 a day</source>
        <translation>%1 → %2 %3 al giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Lab results</source>
        <translation>Esami di laboratorio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No lab results are recorded.</source>
        <translation>Non è registrato nessun esame di laboratorio.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>The shaded band is the period of this report.</source>
        <translation>La fascia ombreggiata è il periodo di questo referto.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Test</source>
        <translation>Esame</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No lab results in this period; the latest earlier ones:</source>
        <translation>Nessun esame in questo periodo; gli ultimi precedenti:</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Lab results (continued)</source>
        <translation>Esami di laboratorio (continua)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>before the period</source>
        <translation>prima del periodo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>includes omalizumab-bound IgE</source>
        <translation>comprende le IgE legate a omalizumab</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Notes from the diary</source>
        <translation>Note dal diario</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>No daily note was written in this period.</source>
        <translation>Nessuna nota giornaliera scritta in questo periodo.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Notes (continued)</source>
        <translation>Note (continua)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>How these figures are computed</source>
        <translation>Come sono calcolati questi dati</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Daily symptom score: the sum of the 0–3 scores of the %1 symptoms on the daily list that evening (0–%2). It is this diary&apos;s own score, not a validated questionnaire. Days without an entry are gaps, never zeros; means are over the days with a score. The 7-day mean needs at least 4 scored days.</source>
        <translation>Punteggio giornaliero dei sintomi: la somma dei punteggi 0–3 dei %1 sintomi dell’elenco giornaliero di quella sera (0–%2). È un punteggio proprio di questo diario, non un questionario validato. I giorni senza annotazione sono vuoti, mai zeri; le medie sono sui giorni con un punteggio. La media di 7 giorni richiede almeno 4 giorni con punteggio.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Symptom-free day: an entry with every score 0 and no episode that day, as a share of the days with a score. Episodes per 28 days: episodes ÷ calendar days × 28.</source>
        <translation>Giorno senza sintomi: un’annotazione con tutti i punteggi a 0 e nessun episodio quel giorno, come quota dei giorni con un punteggio. Episodi ogni 28 giorni: episodi ÷ giorni di calendario × 28.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Comparisons: no day and no event is counted in two columns. A period that holds the first injection is split into its days on therapy and its days before. A period wholly on therapy is compared with the previous period of the same length, cut at the first injection so that it is on therapy too, and with the fixed baseline: the 90 days before the first injection, the same in every report. A period before therapy is compared with the previous period of the same length. No column reaches back before the diary&apos;s first day.</source>
        <translation>Confronti: nessun giorno e nessun evento è contato in due colonne. Un periodo che contiene la prima iniezione è diviso nei suoi giorni in terapia e nei giorni precedenti. Un periodo tutto in terapia è confrontato con il periodo precedente della stessa durata, tagliato alla prima iniezione perché sia anch&apos;esso in terapia, e con il riferimento fisso: i 90 giorni prima della prima iniezione, uguale in ogni relazione. Un periodo prima della terapia è confrontato con il periodo precedente della stessa durata. Nessuna colonna risale a prima del primo giorno del diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Total IgE: on omalizumab the test also measures IgE bound to the drug, so it rises after the first dose; this is expected and not a sign of worsening.</source>
        <translation>IgE totali: con omalizumab l’esame misura anche le IgE legate al farmaco, quindi aumentano dopo la prima dose; è atteso e non è un segno di peggioramento.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>UAS7 (urticaria activity score over 7 days): each evening wheals (0 none, 1 fewer than 20, 2 20–50, 3 more than 50 or large confluent areas) and itch (0 none to 3 intense) are scored; the daily UAS is their sum (0–6) and UAS7 the sum over 7 consecutive days (0–42), weeks counted from the diary&apos;s first day.</source>
        <translation>UAS7 (punteggio di attività dell’orticaria su 7 giorni): ogni sera si valutano i pomfi (0 nessuno, 1 meno di 20, 2 20–50, 3 più di 50 o ampie aree confluenti) e il prurito (da 0 assente a 3 intenso); l’UAS giornaliero è la loro somma (0–6) e l’UAS7 la somma su 7 giorni consecutivi (0–42), con le settimane contate dal primo giorno del diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Bands (international urticaria guideline): 0 itch- and hive-free, 1–6 well controlled, 7–15 mild, 16–27 moderate, 28–42 severe activity.</source>
        <translation>Fasce (linea guida internazionale sull’orticaria): 0 senza prurito né pomfi, 1–6 ben controllata, 7–15 attività lieve, 16–27 moderata, 28–42 grave.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Missing days: a day counts only with both items scored, never as 0. A week with 4–6 scored days is estimated as their mean × 7 and marked as estimated; a week with 3 or fewer has no score.</source>
        <translation>Giorni mancanti: un giorno conta solo se entrambe le voci hanno un punteggio, mai come 0. Una settimana con 4–6 giorni valutati è stimata come la loro media × 7 e segnata come stimata; una settimana con 3 giorni o meno non ha punteggio.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>The daily UAS everywhere: for this child with urticaria the dose-cycle chart, the comparisons and the app&apos;s “Before / on therapy” figures use the daily UAS, not the sum of the symptom scores; angioedema is counted apart. Itch- and hive-free day: a daily UAS of 0 and no episode that day, as a share of the days with a daily UAS.</source>
        <translation>L&apos;UAS giornaliero ovunque: per questo bambino con orticaria il grafico del ciclo della dose, i confronti e i valori «Prima / durante la terapia» dell&apos;app usano l&apos;UAS giornaliero, non la somma dei punteggi dei sintomi; l&apos;angioedema è contato a parte. Giorno senza prurito né pomfi: UAS giornaliero 0 e nessun episodio quel giorno, come quota dei giorni con un UAS giornaliero.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Response to omalizumab: the UAS7 of the period&apos;s last 7 days, said only when those days lie on therapy (complete response UAS7 0, well controlled 1–6, not controlled 7 or more); before the first dose, or without a dose, the report says why there is none. The baseline is the 7 days before the first dose.</source>
        <translation>Risposta a omalizumab: l’UAS7 degli ultimi 7 giorni del periodo, indicata solo quando quei giorni sono in terapia (risposta completa UAS7 0, ben controllata 1–6, non controllata 7 o più); prima della prima dose, o senza alcuna dose, il referto dice perché non c’è. Il riferimento sono i 7 giorni prima della prima dose.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Dose cycle: every scored day is placed by the days since the last injection; the line is the median of those days, the band their 25th–75th percentile, the grey bars how many days stand behind each point. Only days in cycle seen in at least 3 dose cycles are joined into the line; the others are hollow points with the number of cycles behind them (a single late dose is an event, not a pattern). A rise late in the cycle, seen over several cycles, suggests the effect wears off before the next dose.</source>
        <translation>Ciclo di dose: ogni giorno con punteggio è collocato secondo i giorni dall&apos;ultima iniezione; la linea è la mediana di quei giorni, la fascia il loro 25°–75° percentile, le barre grigie quanti giorni stanno dietro ogni punto. Solo i giorni del ciclo visti in almeno 3 cicli di dose sono uniti nella linea; gli altri sono punti vuoti con il numero di cicli che li sostengono (una sola dose in ritardo è un evento, non un andamento). Un aumento a fine ciclo, visto in più cicli, suggerisce che l&apos;effetto si esaurisce prima della dose successiva.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Scales: the trend&apos;s y-axis reaches the child&apos;s highest daily score in the whole diary and the dose-cycle chart&apos;s the highest daily score on therapy in the whole diary, so reports of different visits can be laid side by side.</source>
        <translation>Scale: l&apos;asse verticale dell&apos;andamento arriva al punteggio giornaliero più alto di tutto il diario del bambino e quello del ciclo di dose al punteggio giornaliero più alto in terapia di tutto il diario, così le relazioni di visite diverse si possono affiancare.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>On time: an injection given within ±3 days of its due date (the previous injection plus the plan&apos;s interval).</source>
        <translation>Puntuale: un’iniezione fatta entro ±3 giorni dalla data prevista (l’iniezione precedente più l’intervallo del piano).</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Symptom trend: the mean of the second half of the period minus that of the first half; ↑ or ↓ when it moved by 0.2 or more, → otherwise, nothing when a half has fewer than 3 scored days.</source>
        <translation>Andamento dei sintomi: la media della seconda metà del periodo meno quella della prima metà; ↑ o ↓ quando è cambiata di 0,2 o più, → altrimenti, nulla quando una metà ha meno di 3 giorni con punteggio.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>no score (%1 of 7 days written)</source>
        <translation>nessun punteggio (%1 giorni scritti su 7)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>(estimated from %1 days)</source>
        <translation>(stimato da %1 giorni)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>UAS7, last 7 days of the period</source>
        <translation>UAS7, ultimi 7 giorni del periodo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>UAS7, 7 days before the first dose</source>
        <translation>UAS7, 7 giorni prima della prima dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>Response to omalizumab</source>
        <translation>Risposta a omalizumab</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>Weeks well controlled (UAS7 ≤ 6) since the first dose</source>
        <translation>Settimane ben controllate (UAS7 ≤ 6) dalla prima dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>no dose recorded</source>
        <translation>nessuna dose registrata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>Whole weeks in this period</source>
        <translation>Settimane intere nel periodo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>of them estimated (4–6 days written)</source>
        <translation>di cui stimate (4–6 giorni scritti)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>of them without a score (3 days or fewer)</source>
        <translation>di cui senza punteggio (3 giorni o meno)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>Days with angioedema in this period</source>
        <translation>Giorni con angioedema nel periodo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>Urticaria activity</source>
        <translation>Attività dell’orticaria</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>pale, dashed: estimated from 4–6 days</source>
        <translation>chiaro, bordato: stimato da 4–6 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>n/s: no score, 3 days or fewer written</source>
        <translation>n/p: nessun punteggio, 3 giorni scritti o meno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>n/s</source>
        <translation>n/p</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>Weekly urticaria activity (UAS7) and injections</source>
        <translation>Attività settimanale dell’orticaria (UAS7) e iniezioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/report_texts.py"/>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/report_texts.py"/>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/report_texts.py"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/report_texts.py"/>
        <source>Nothing was recorded between %1 and %2 (no daily entry, episode or injection), so no report was made. Choose a period with diary entries.</source>
        <translation>Tra il %1 e il %2 non è stato registrato nulla (nessuna annotazione giornaliera, episodio o iniezione), quindi non è stato creato nessun referto. Scegli un periodo con annotazioni nel diario.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>This period</source>
        <translation>Questo periodo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>On therapy (this period)</source>
        <translation>In terapia (questo periodo)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Before therapy (this period)</source>
        <translation>Prima della terapia (questo periodo)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>Baseline before therapy</source>
        <translation>Riferimento prima della terapia</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>↑ higher</source>
        <translation>↑ più alto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>↓ lower</source>
        <translation>↓ più basso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>→ steady</source>
        <translation>→ stabile</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>stopped</source>
        <translation>sospeso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>started</source>
        <translation>iniziato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>started and stopped</source>
        <translation>iniziato e sospeso</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>reduced</source>
        <translation>ridotto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>increased</source>
        <translation>aumentato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>changed</source>
        <translation>cambiato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/render.py"/>
        <source>○ Hollow points: total IgE measured on omalizumab. The test also counts IgE bound to the drug, so a rise after the first injection is expected and is not a sign of worsening.</source>
        <translation>○ Punti vuoti: IgE totali misurate durante omalizumab. L’esame conta anche le IgE legate al farmaco, quindi un aumento dopo la prima iniezione è atteso e non è un segno di peggioramento.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>itch- and hive-free</source>
        <translation>senza prurito né pomfi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>well controlled</source>
        <translation>ben controllata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>mild</source>
        <translation>lieve</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>complete response (UAS7 0)</source>
        <translation>risposta completa (UAS7 0)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>well controlled (UAS7 ≤ 6)</source>
        <translation>ben controllata (UAS7 ≤ 6)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>not controlled (UAS7 &gt; 6)</source>
        <translation>non controllata (UAS7 &gt; 6)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>none: no dose recorded</source>
        <translation>nessuna: nessuna dose registrata</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>none: the period&apos;s last week is before the first dose</source>
        <translation>nessuna: l&apos;ultima settimana del periodo è prima della prima dose</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/urticaria.py"/>
        <source>none: the last week has no score</source>
        <translation>nessuna: l&apos;ultima settimana non ha un punteggio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/command.py"/>
        <source>Report for %1, %2 (%3): %4 pages written to %5.</source>
        <translation>Referto per %1, %2 (%3): %4 pagine scritte in %5.</translation>
    </message>
    <message>
        <location filename="../../masto_diary/report/command.py"/>
        <source>The period was shortened to the days the diary covers.</source>
        <translation>Il periodo è stato accorciato ai giorni coperti dal diario.</translation>
    </message>
</context>
<context>
    <name>symptom_scale</name>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Itching</source>
        <translation>Prurito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Flushing</source>
        <translation>Vampate (flushing)</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Skin lesions / wheals / blisters</source>
        <translation>Lesioni cutanee / pomfi / bolle</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Abdominal pain</source>
        <translation>Dolore addominale</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Diarrhoea</source>
        <translation>Diarrea</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Nausea / vomiting</source>
        <translation>Nausea / vomito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Bone / muscle pain</source>
        <translation>Dolori ossei / muscolari</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Headache</source>
        <translation>Mal di testa</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Fatigue</source>
        <translation>Stanchezza</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Palpitations / dizziness</source>
        <translation>Palpitazioni / capogiri</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Breathing trouble</source>
        <translation>Difficoltà a respirare</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Mood / irritability</source>
        <translation>Umore / irritabilità</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Poor concentration</source>
        <translation>Scarsa concentrazione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Poor sleep</source>
        <translation>Sonno disturbato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>mild</source>
        <translation>lieve</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>moderate</source>
        <translation>moderato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>now and then, easily ignored</source>
        <translation>ogni tanto, facile da ignorare</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>often, distracting</source>
        <translation>spesso, distrae</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>constant, scratching, hard to settle</source>
        <translation>continuo, si gratta, fatica a calmarsi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>brief redness</source>
        <translation>breve arrossamento</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>several or longer flushes</source>
        <translation>più vampate o più lunghe</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>long or spreading flushes with heat</source>
        <translation>vampate lunghe o estese, con calore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>a few, faint</source>
        <translation>poche, lievi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>many or swollen</source>
        <translation>molte o gonfie</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>widespread or blistering</source>
        <translation>diffuse o con bolle</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>mild, short</source>
        <translation>lieve, breve</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>stops play or meals</source>
        <translation>interrompe il gioco o i pasti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>severe, needs rest or medicine</source>
        <translation>forte, serve riposo o un farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>one loose stool</source>
        <translation>una scarica di feci molli</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>several loose stools</source>
        <translation>più scariche di feci molli</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>many, or with cramps at night</source>
        <translation>molte, o con crampi di notte</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>queasy</source>
        <translation>nausea leggera</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>nausea that limits eating</source>
        <translation>nausea che limita il mangiare</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>vomiting</source>
        <translation>vomito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>mild aches</source>
        <translation>lievi dolori</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>limits activity</source>
        <translation>limita le attività</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>severe, wakes or stops the child</source>
        <translation>forte, sveglia o blocca il bambino</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>needs quiet or medicine</source>
        <translation>serve tranquillità o un farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>severe, cannot go on</source>
        <translation>forte, non riesce ad andare avanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>a little more tired</source>
        <translation>un po’ più stanco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>needs rests</source>
        <translation>ha bisogno di pause</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>exhausted most of the day</source>
        <translation>esausto per quasi tutto il giorno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>brief, once</source>
        <translation>breve, una volta</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>several times</source>
        <translation>più volte</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>with fainting feeling, had to lie down</source>
        <translation>con sensazione di svenimento, ha dovuto sdraiarsi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>slight tightness</source>
        <translation>lieve senso di costrizione</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>wheeze or cough</source>
        <translation>respiro sibilante o tosse</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>hard to breathe</source>
        <translation>respira a fatica</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>a bit irritable</source>
        <translation>un po’ irritabile</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>upset often</source>
        <translation>spesso turbato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>very distressed</source>
        <translation>molto angosciato</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>slightly distracted</source>
        <translation>un po’ distratto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>hard to focus</source>
        <translation>fatica a concentrarsi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>could not do homework or school</source>
        <translation>non è riuscito a fare i compiti o ad andare a scuola</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>woke once</source>
        <translation>si è svegliato una volta</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>woke several times</source>
        <translation>si è svegliato più volte</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>little sleep</source>
        <translation>ha dormito poco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Hives (wheals) in the last 24 hours</source>
        <translation>Pomfi nelle ultime 24 ore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Itch in the last 24 hours</source>
        <translation>Prurito nelle ultime 24 ore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>Deep swelling (angioedema) today</source>
        <translation>Gonfiore profondo (angioedema) oggi</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>no hives</source>
        <translation>nessun pomfo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>a few hives, fewer than 20</source>
        <translation>pochi pomfi, meno di 20</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>many hives, 20 to 50</source>
        <translation>molti pomfi, da 20 a 50</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>more than 50 hives, or large patches run together</source>
        <translation>più di 50 pomfi, o grandi chiazze unite tra loro</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>no itch</source>
        <translation>nessun prurito</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>itchy, but it did not bother</source>
        <translation>prurito presente, ma non ha dato fastidio</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>bothersome itch, yet the day and sleep went on</source>
        <translation>prurito fastidioso, ma la giornata e il sonno sono andati avanti</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>itch so bad it stopped the day&apos;s activities or sleep</source>
        <translation>prurito così forte da fermare le attività del giorno o il sonno</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>no swelling</source>
        <translation>nessun gonfiore</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>yes, deep swelling (lips, eyelids, hands, feet...)</source>
        <translation>sì, gonfiore profondo (labbra, palpebre, mani, piedi...)</translation>
    </message>
</context>
<context>
    <name>triggers</name>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>heat</source>
        <translation>caldo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>cold</source>
        <translation>freddo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>friction/rubbing</source>
        <translation>attrito/sfregamento</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>hot bath/shower</source>
        <translation>bagno/doccia calda</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>exercise</source>
        <translation>attività fisica</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>food</source>
        <translation>cibo</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>infection/fever</source>
        <translation>infezione/febbre</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>stress/excitement</source>
        <translation>stress/emozioni</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>drug</source>
        <translation>farmaco</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>insect sting</source>
        <translation>puntura d’insetto</translation>
    </message>
    <message>
        <location filename="../../masto_diary/words/symptom_texts.py"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
</context>
</TS>
