<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ChildOverviewModel</name>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/overview.py"/>
        <source>%1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 — overdue by %n day</numerusform>
            <numerusform>%1 — overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildSettingsDialog</name>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/dialogs/child_settings_dialog.py"/>
        <source>“%1” is named in %n episode(s): it can be renamed, not removed.</source>
        <translation>
            <numerusform>“%1” is named in %n episode: it can be renamed, not removed.</numerusform>
            <numerusform>“%1” is named in %n episodes: it can be renamed, not removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source>%n injections</source>
        <translation>
            <numerusform>%n injection</numerusform>
            <numerusform>%n injections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/history.py"/>
        <source> (%n anaphylaxis)</source>
        <translation>
            <numerusform> (%n anaphylaxis)</numerusform>
            <numerusform> (%n anaphylaxes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/widgets/history_calendar.py"/>
        <source>%n episodes</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/reminders.py"/>
        <source>%1: the injection is OVERDUE by %n day(s); it was due on %2.</source>
        <translation>
            <numerusform>%1: the injection is OVERDUE by %n day; it was due on %2.</numerusform>
            <numerusform>%1: the injection is OVERDUE by %n days; it was due on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>Shared diary · other laptops last heard from %n min ago</source>
        <translation>
            <numerusform>Shared diary · other laptops last heard from %n min ago</numerusform>
            <numerusform>Shared diary · other laptops last heard from %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>⚠ %n finding(s) in the shared folder</source>
        <translation>
            <numerusform>⚠ %n finding in the shared folder</numerusform>
            <numerusform>⚠ %n findings in the shared folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%n record(s) were changed on two laptops at once: the later version is kept, the other one is listed under File ▸ Conflicts….</source>
        <translation>
            <numerusform>%n record was changed on two laptops at once: the later version is kept, the other one is listed under File ▸ Conflicts….</numerusform>
            <numerusform>%n records were changed on two laptops at once: the later version is kept, the other one is listed under File ▸ Conflicts….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/sharing.py"/>
        <source>%n change(s) from other laptops clash with a rule of this diary and wait in the folder.</source>
        <translation>
            <numerusform>%n change from other laptops clashes with a rule of this diary and waits in the folder.</numerusform>
            <numerusform>%n changes from other laptops clash with a rule of this diary and wait in the folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>next due %1 (in %n days)</source>
        <translation>
            <numerusform>next due %1 (in %n day)</numerusform>
            <numerusform>next due %1 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>Last injection %n days ago</source>
        <translation>
            <numerusform>Last injection %n day ago</numerusform>
            <numerusform>Last injection %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/ui/pages/today.py"/>
        <source>⚠ OVERDUE by %n days: it was due on %1</source>
        <translation>
            <numerusform>⚠ OVERDUE by %n day: it was due on %1</numerusform>
            <numerusform>⚠ OVERDUE by %n days: it was due on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patterns</name>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Shown apart, %n cycle(s) with the next dose late: on the days past the due date the score was %1 higher than mid-cycle on average. That is a missed dose, not wear-off.</source>
        <translation>
            <numerusform>Shown apart, %n cycle with the next dose late: on the days past the due date the score was %1 higher than mid-cycle on average. That is a missed dose, not wear-off.</numerusform>
            <numerusform>Shown apart, %n cycles with the next dose late: on the days past the due date the score was %1 higher than mid-cycle on average. That is a missed dose, not wear-off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>Shown apart, %n cycle(s) with the next dose late: on the days past the due date the UAS7 was %1 higher than mid-cycle on average. That is a missed dose, not wear-off.</source>
        <translation>
            <numerusform>Shown apart, %n cycle with the next dose late: on the days past the due date the UAS7 was %1 higher than mid-cycle on average. That is a missed dose, not wear-off.</numerusform>
            <numerusform>Shown apart, %n cycles with the next dose late: on the days past the due date the UAS7 was %1 higher than mid-cycle on average. That is a missed dose, not wear-off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>%1: not enough to tell (logged on %n day(s)).</source>
        <translation>
            <numerusform>%1: not enough to tell (logged on %n day).</numerusform>
            <numerusform>%1: not enough to tell (logged on %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>%1: not enough to tell (logged on %n day(s); about %2 would be needed to tell a doubling of next-day episodes from chance).</source>
        <translation>
            <numerusform>%1: not enough to tell (logged on %n day; about %2 would be needed to tell a doubling of next-day episodes from chance).</numerusform>
            <numerusform>%1: not enough to tell (logged on %n days; about %2 would be needed to tell a doubling of next-day episodes from chance).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>%1 (%n day(s) logged)</source>
        <translation>
            <numerusform>%1 (%n day logged)</numerusform>
            <numerusform>%1 (%n days logged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>%1 (%n day(s) logged, about %2 needed)</source>
        <translation>
            <numerusform>%1 (%n day logged, about %2 needed)</numerusform>
            <numerusform>%1 (%n days logged, about %2 needed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../masto_diary/words/pattern_texts.py"/>
        <source>False discovery rate 5 % over %n test(s); only what passes is stated.</source>
        <translation>
            <numerusform>False discovery rate 5 % over %n test; only what passes is stated.</numerusform>
            <numerusform>False discovery rate 5 % over %n tests; only what passes is stated.</numerusform>
        </translation>
    </message>
</context>
</TS>
