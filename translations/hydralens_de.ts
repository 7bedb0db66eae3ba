<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hl</name>
    <message>
        <location filename="../model/analysis/pivots.cpp" line="+286"/>
        <source>Too little traffic to judge: %1 exchanges in the week after %2&apos;s release (%3 needed)</source>
        <translation>Zu wenig Datenverkehr für ein Urteil: %1 Anfragen in der Woche nach der Veröffentlichung von %2 (%3 nötig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1% of traffic on %2 within 24 h of its release (rest of the case: %3%)</source>
        <translation>%1% des Datenverkehrs auf %2 innerhalb von 24 h nach der Veröffentlichung (Rest des Falls: %3%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved to %1 within a week: above %2% from %3 h after its release, %4% in the last day of the week (rest of the case: %5%)</source>
        <translation>Innerhalb einer Woche zu %1 gewechselt: über %2% ab %3 h nach der Veröffentlichung, %4% am letzten Tag der Woche (Rest des Falls: %5%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other traffic in the case to compare with</source>
        <translation>Kein anderer Datenverkehr im Fall zum Vergleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never above %1% on %2 in the 14 days after its release (%3% in the first week)</source>
        <translation>In den 14 Tagen nach der Veröffentlichung nie über %1% auf %2 (%3% in der ersten Woche)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gradual adoption: above %1% on %2 only %3 days after its release</source>
        <translation>Allmähliche Übernahme: erst %3 Tage nach der Veröffentlichung über %1% auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adopted %2 without an abnormal jump: %1% within 24 h, %3% in the last day of the first week (rest of the case: %4% and %5%)</source>
        <translation>%2 ohne auffälligen Sprung übernommen: %1% innerhalb von 24 h, %3% am letzten Tag der ersten Woche (Rest des Falls: %4% und %5%)</translation>
    </message>
    <message>
        <location filename="../model/analysis/explanation.cpp" line="+147"/>
        <source>Cluster %1: %2 accounts, %3 exchanges. Risk %4 (%5).</source>
        <translation>Cluster %1: %2 Konten, %3 Anfragen. Risiko %4 (%5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not flagged</source>
        <translation>nicht markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What raises its risk:</source>
        <translation>Was sein Risiko erhöht:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing stands out</source>
        <translation>nichts Auffälliges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why these accounts are one cluster (values used by two or more of them):</source>
        <translation>Warum diese Konten ein Cluster sind (Werte, die zwei oder mehr von ihnen nutzen):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: a single account, or linked only through IPs or e-mail domains with the same prompt templates</source>
        <translation>keine: ein einzelnes Konto, oder nur über IPs oder E-Mail-Domains mit denselben Prompt-Vorlagen verbunden</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+115"/>
        <source>anonymous proxy</source>
        <translation>anonymer Proxy</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>hostile network</source>
        <translation>feindliches Netz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>partner indicator from %1, confidence %2, shared %3%4</source>
        <translation>Partner-Indikator von %1, Konfidenz %2, geteilt %3%4</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Account %1 (case id %2), created %3, sign-up %4, status %5, country %6.</source>
        <translation>Konto %1 (Fall-ID %2), angelegt %3, Registrierung %4, Status %5, Land %6.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation %1, e-mail domain %2.</source>
        <translation>Organisation %1, E-Mail-Domain %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In cluster %1 (%2 accounts, risk %3).</source>
        <translation>In Cluster %1 (%2 Konten, Risiko %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In no cluster (the case was not analysed).</source>
        <translation>In keinem Cluster (der Fall wurde nicht analysiert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exchanges from %2 to %3; %4 input and %5 output tokens.</source>
        <translation>%1 Anfragen von %2 bis %3; %4 Eingabe- und %5 Ausgabe-Tokens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No upstream score.</source>
        <translation>Kein Score aus der Erkennung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest upstream score %1 (%2).</source>
        <translation>Letzter Score aus der Erkennung %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infrastructure it used (most shared first):</source>
        <translation>Genutzte Infrastruktur (meistgeteilte zuerst):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 observations, %2 other accounts</source>
        <translation>%1 Beobachtungen, %2 andere Konten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Features of this account on its own:</source>
        <translation>Merkmale dieses Kontos für sich allein:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Used by %1 accounts, %2 observations, from %3 to %4.</source>
        <translation>Von %1 Konten genutzt, %2 Beobachtungen, von %3 bis %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hub rank %1 (1 = an average value; a campaign&apos;s hubs rank far higher).</source>
        <translation>Hub-Rang %1 (1 = ein durchschnittlicher Wert; die Knotenpunkte einer Kampagne liegen weit höher).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ranked as a hub (used by fewer than two accounts).</source>
        <translation>Nicht als Knotenpunkt bewertet (von weniger als zwei Konten genutzt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters whose accounts used it:</source>
        <translation>Cluster, deren Konten ihn nutzten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (the case was not analysed)</source>
        <translation>keine (der Fall wurde nicht analysiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster %1: %2 accounts</source>
        <translation>Cluster %1: %2 Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more clusters</source>
        <translation>… und %1 weitere Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner indicators:</source>
        <translation>Partner-Indikatoren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>shared by %1 accounts, hub rank %2</source>
        <translation>von %1 Konten genutzt, Knotenrang %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features:</source>
        <translation>Merkmale:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FLAGGED</source>
        <translation>MARKIERT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After model releases:</source>
        <translation>Nach Modellveröffentlichungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not tested (fewer than 3 accounts or no traffic near a release)</source>
        <translation>nicht geprüft (weniger als 3 Konten oder kein Datenverkehr um eine Veröffentlichung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lineage: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
</context>
<context>
    <name>hl::AgreementModel</name>
    <message>
        <location filename="../views/labels/agreementmodel.cpp" line="+24"/>
        <location line="+5"/>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>They have labelled no target in common.</source>
        <translation>Sie haben kein gemeinsames Ziel bewertet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both gave every shared target one and the same verdict: kappa is undefined when agreement by chance is certain.</source>
        <translation>Beide gaben jedem gemeinsamen Ziel dasselbe Urteil: Kappa ist undefiniert, wenn zufällige Übereinstimmung sicher ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Targets (clusters and accounts) both analysts have labelled</source>
        <translation>Ziele (Cluster und Konten), die beide Analysten bewertet haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of those targets both gave the same verdict</source>
        <translation>Anteil dieser Ziele mit demselben Urteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohen&apos;s kappa: agreement beyond chance (1 perfect, 0 chance, below 0 worse than chance)</source>
        <translation>Cohens Kappa: Übereinstimmung über den Zufall hinaus (1 vollkommen, 0 Zufall, unter 0 schlechter als Zufall)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both labelled</source>
        <translation>Beide bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree</source>
        <translation>Einig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
</context>
<context>
    <name>hl::AgreementPanel</name>
    <message>
        <location filename="../views/labels/agreementpanel.cpp" line="+65"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show resolved</source>
        <translation>Gelöste zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also lists the disagreements an adjudicator has resolved.</source>
        <translation>Listet auch die Uneinigkeiten, die ein Schlichter gelöst hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next open</source>
        <translation>Nächste offene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resolve as Distillation</source>
        <translation>Als Destillation entscheiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve as Benign</source>
        <translation>Als harmlos entscheiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve as Unsure</source>
        <translation>Als unsicher entscheiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next disagreement</source>
        <translation>Nächste Uneinigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous disagreement</source>
        <translation>Vorige Uneinigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys: 1, 2, 3 resolve as distillation, benign, unsure · J, K move · O next open · Enter shows the target · Ctrl+Z undoes</source>
        <translation>Tasten: 1, 2, 3 entscheiden als Destillation, harmlos, unsicher · J, K bewegen · O nächste offene · Eingabe zeigt das Ziel · Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The labels could not be read from the case: %1</source>
        <translation>Die Bewertungen ließen sich nicht aus dem Fall lesen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No case is open.</source>
        <translation>Kein Fall ist geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No labels yet.

When two analysts have labelled the same clusters (D, B, U), their agreement and disagreements appear here.</source>
        <translation>Noch keine Bewertungen.

Wenn zwei Analysten dieselben Cluster bewertet haben (D, B, U), erscheinen hier ihre Übereinstimmung und Uneinigkeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only one analyst has labelled (%1): agreement needs two.

Each analyst sets their name in Label… (L).</source>
        <translation>Nur ein Analyst hat bewertet (%1): Übereinstimmung braucht zwei.

Jeder Analyst setzt seinen Namen in Bewerten… (L).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No disagreements</source>
        <translation>Keine Uneinigkeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No open disagreements: %n resolved (&apos;Show resolved&apos; lists them)</source>
        <translation>
            <numerusform>Keine offenen Uneinigkeiten: %n gelöst („Gelöste zeigen“ listet sie)</numerusform>
            <numerusform>Keine offenen Uneinigkeiten: %n gelöst („Gelöste zeigen“ listet sie)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Analysts: %1. Targets labelled: %2, %3 of them by two or more analysts.</source>
        <translation>Analysten: %1. Bewertete Ziele: %2, davon %3 von zwei oder mehr Analysten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reliable (α ≥ 0.800): the analysts apply the verdicts alike</source>
        <translation>verlässlich (α ≥ 0,800): die Analysten wenden die Urteile gleich an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tentative (0.667 ≤ α &lt; 0.800): good enough for tentative conclusions only</source>
        <translation>vorläufig (0,667 ≤ α &lt; 0,800): nur für vorläufige Schlüsse gut genug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unreliable (α &lt; 0.667): the analysts do not yet apply the verdicts alike</source>
        <translation>unzuverlässig (α &lt; 0,667): die Analysten wenden die Urteile noch nicht gleich an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not defined yet: it needs shared targets and more than one verdict among them</source>
        <translation>noch nicht definiert: es braucht gemeinsame Ziele und mehr als ein Urteil unter ihnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Krippendorff&apos;s α = %1&lt;/b&gt; over %2 analysts: %3</source>
        <translation>&lt;b&gt;Krippendorffs α = %1&lt;/b&gt; über %2 Analysten: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Disagreements&lt;/b&gt;: %1 open, %2 resolved</source>
        <translation>&lt;b&gt;Uneinigkeiten&lt;/b&gt;: %1 offen, %2 gelöst</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a disagreement to resolve.</source>
        <translation>Wählen Sie eine Uneinigkeit zum Entscheiden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (Ctrl+Z undoes)</source>
        <translation>%1 (Strg+Z macht rückgängig)</translation>
    </message>
</context>
<context>
    <name>hl::BackgroundTask</name>
    <message>
        <location filename="../views/tasks/backgroundtask.cpp" line="+12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling — the case stays as it was…</source>
        <translation>Wird abgebrochen – der Fall bleibt unverändert…</translation>
    </message>
</context>
<context>
    <name>hl::BriefingCover</name>
    <message>
        <location filename="../views/briefing/briefingcover.cpp" line="+42"/>
        <source>no traffic</source>
        <translation>kein Datenverkehr</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 – %2 (%n days)</source>
        <translation>
            <numerusform>%1 – %2 (%n Tag)</numerusform>
            <numerusform>%1 – %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distillation campaigns: briefing</source>
        <translation>Destillationskampagnen: Lagebericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1, as of %2 (last analysis %3 UTC)</source>
        <translation>Fall %1, Stand %2 (letzte Analyse %3 UTC)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchanges (prompts and answers)</source>
        <translation>Anfragen (Prompts und Antworten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flagged campaigns (of %1 clusters of 2+ accounts)</source>
        <translation>markierte Kampagnen (von %1 Clustern mit 2+ Konten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of the flagged campaigns labelled by an analyst (%1 of %2)</source>
        <translation>der markierten Kampagnen von Analysten bewertet (%1 von %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>time span of the traffic (UTC)</source>
        <translation>Zeitraum des Datenverkehrs (UTC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In this briefing</source>
        <translation>In diesem Bericht</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The top %n campaigns: flagged clusters and clusters labelled distillation or unsure, riskiest first, each with its reasons.</source>
        <translation>
            <numerusform>Die %n wichtigste Kampagne: markierte Cluster und als Destillation oder unsicher bewertete Cluster, riskanteste zuerst, jeweils mit Begründung.</numerusform>
            <numerusform>Die %n wichtigsten Kampagnen: markierte Cluster und als Destillation oder unsicher bewertete Cluster, riskanteste zuerst, jeweils mit Begründung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n campaign(s) asked for, each with its reasons.</source>
        <translation>
            <numerusform>Die %n angefragte Kampagne, mit Begründung.</numerusform>
            <numerusform>Die %n angefragten Kampagnen, jeweils mit Begründung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case&apos;s traffic over time by model, with model releases and flagged post-release pivots marked, and how fast the flagged campaigns moved to each new model.</source>
        <translation>Der Datenverkehr des Falls über die Zeit nach Modell, mit Modellveröffentlichungen und markierten Wechseln danach, und wie schnell die markierten Kampagnen zu jedem neuen Modell wechselten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One page per campaign: its accounts and the infrastructure they share, as a graph, and why it is risky.</source>
        <translation>Eine Seite je Kampagne: ihre Konten und deren gemeinsame Infrastruktur als Graph, und warum sie riskant ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label status: what analysts have labelled, how far they agree, and the risk of every cluster by label.</source>
        <translation>Stand der Bewertungen: was Analysten bewertet haben, wie weit sie übereinstimmen, und das Risiko aller Cluster nach Bewertung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redacted: account ids, IP addresses, e-mail domains, payment, device, phone, organisation and API key values are shown as stable pseudonyms (acct-…, ip-…, dom-…, pay-…); the same value has the same pseudonym in every export of this case.</source>
        <translation>Geschwärzt: Konto-IDs, IP-Adressen, E-Mail-Domains, Zahlungs-, Geräte-, Telefon-, Organisations- und API-Schlüsselwerte erscheinen als feste Pseudonyme (acct-…, ip-…, dom-…, pay-…); derselbe Wert hat in jedem Export dieses Falls dasselbe Pseudonym.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every page ends with a stamp: the case, the filters and a short hash of the data the page shows. The file of this PDF&apos;s name with .json added lists each page&apos;s data and hash; &apos;hydralens brief --verify&apos; checks them against the case (docs/briefing.md).</source>
        <translation>Jede Seite endet mit einem Stempel: der Fall, die Filter und ein kurzer Hash der Daten, die die Seite zeigt. Die Datei mit dem Namen dieses PDFs und angehängtem .json listet die Daten und den Hash jeder Seite; &apos;hydralens brief --verify&apos; prüft sie gegen den Fall (docs/briefing.md).</translation>
    </message>
</context>
<context>
    <name>hl::BriefingData</name>
    <message>
        <location filename="../model/export/briefingdata.cpp" line="+54"/>
        <source>the case has no cluster %1; &apos;hydralens clusters --case FILE&apos; lists them</source>
        <translation>der Fall hat keinen Cluster %1; &apos;hydralens clusters --case FILE&apos; listet sie auf</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>the case has not been analysed yet, so there are no campaigns to brief on; run &apos;hydralens analyze --case %1&apos; first</source>
        <translation>der Fall wurde noch nicht analysiert, daher gibt es keine Kampagnen für einen Bericht; führen Sie zuerst &apos;hydralens analyze --case %1&apos; aus</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>clusters %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top %1 flagged or labelled campaigns</source>
        <translation>die %1 wichtigsten markierten oder bewerteten Kampagnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading the timeline</source>
        <translation>Zeitverlauf wird gelesen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>campaign %1 of %2: cluster %3</source>
        <translation>Kampagne %1 von %2: Cluster %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>campaign %1 of %2: laying out cluster %3</source>
        <translation>Kampagne %1 von %2: Cluster %3 wird angeordnet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>hl::BriefingExportDialog</name>
    <message>
        <location filename="../views/briefing/briefingexportdialog.cpp" line="+28"/>
        <source>The top campaigns (flagged or labelled, riskiest first):</source>
        <translation>Die wichtigsten Kampagnen (markiert oder bewertet, riskanteste zuerst):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redact account ids, IPs, e-mail domains, payment and device values</source>
        <translation>Konto-IDs, IPs, E-Mail-Domains, Zahlungs- und Gerätewerte schwärzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <location line="+9"/>
        <location line="+19"/>
        <source>Export Briefing</source>
        <translation>Lagebericht exportieren</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Only the selected cluster %1</source>
        <translation>Nur der ausgewählte Cluster %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the selected cluster (none)</source>
        <translation>Nur der ausgewählte Cluster (keiner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaigns:</source>
        <translation>Kampagnen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a case first: File ▸ Open Case…</source>
        <translation>Öffnen Sie zuerst einen Fall: Datei ▸ Fall öffnen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the briefing…</source>
        <translation>Der Lagebericht wird geschrieben…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The briefing was not written: %1.</source>
        <translation>Der Lagebericht wurde nicht geschrieben: %1.</translation>
    </message>
</context>
<context>
    <name>hl::BriefingSidecar</name>
    <message>
        <location filename="../model/export/briefingsidecar.cpp" line="+42"/>
        <source>not a HydraLens briefing sidecar (its &quot;format&quot; is not %1): give the .json file written beside the briefing PDF</source>
        <translation>keine Begleitdatei eines HydraLens-Lageberichts (ihr &quot;format&quot; ist nicht %1): geben Sie die .json-Datei neben dem PDF an</translation>
    </message>
</context>
<context>
    <name>hl::BriefingWriter</name>
    <message>
        <location filename="../views/briefing/briefingwriter.cpp" line="+35"/>
        <source>Traffic over time and model releases</source>
        <translation>Datenverkehr über die Zeit und Modellveröffentlichungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case&apos;s exchanges by model. Dashed lines mark model releases; red marks show when a flagged campaign moved to the new model. Below: how much of their traffic the flagged campaigns had on each new model after 24 hours, 72 hours and 7 days, against the whole case.</source>
        <translation>Die Anfragen des Falls nach Modell. Gestrichelte Linien markieren Modellveröffentlichungen; rote Markierungen zeigen, wann eine markierte Kampagne zum neuen Modell wechselte. Darunter: welcher Anteil ihres Datenverkehrs bei den markierten Kampagnen nach 24 Stunden, 72 Stunden und 7 Tagen auf jedes neue Modell ging, verglichen mit dem ganzen Fall.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whole case</source>
        <translation>Ganzer Fall</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No model was released within the case&apos;s traffic.</source>
        <translation>Innerhalb des Datenverkehrs des Falls wurde kein Modell veröffentlicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HydraLens briefing · %1</source>
        <translation>HydraLens-Lagebericht · %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write %1: check that the folder exists and that you may write there</source>
        <translation>%1 kann nicht geschrieben werden: prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the briefing is a PDF: give a file name ending in .pdf instead of %1</source>
        <translation>der Lagebericht ist ein PDF: geben Sie statt %1 einen Dateinamen mit .pdf an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Briefing: %1</source>
        <translation>Lagebericht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HydraLens</source>
        <translation>HydraLens</translation>
    </message>
</context>
<context>
    <name>hl::ByteSource</name>
    <message>
        <location filename="../model/io/bytesource.cpp" line="+57"/>
        <source>cannot read: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the gzip data ends early (file truncated?)</source>
        <translation>Die gzip-Daten enden vorzeitig (Datei abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>corrupt gzip data (%1)</source>
        <translation>beschädigte gzip-Daten (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot open: %1</source>
        <translation>Öffnen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot compute SHA-256 (OpenSSL failed to initialise)</source>
        <translation>SHA-256 kann nicht berechnet werden (OpenSSL ließ sich nicht initialisieren)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot initialise zlib</source>
        <translation>zlib lässt sich nicht initialisieren</translation>
    </message>
</context>
<context>
    <name>hl::CampaignData</name>
    <message>
        <location filename="../model/storage/campaigndata.cpp" line="+48"/>
        <source>%1 · %2% in 24 h</source>
        <translation>%1 · %2% in 24 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · above 25% after %2 h</source>
        <translation>%1 · über 25% nach %2 h</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot read the clusters of %1: %2</source>
        <translation>Die Cluster von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+42"/>
        <source>Cannot read the exchanges of %1: %2</source>
        <translation>Die Anfragen von %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>hl::CampaignPage</name>
    <message>
        <location filename="../views/briefing/campaignpage.cpp" line="+26"/>
        <source>%1. Cluster %2: risk %3%4</source>
        <translation>%1. Cluster %2: Risiko %3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, flagged</source>
        <translation>, markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accounts, %2 exchanges. Label: %3.</source>
        <translation>%1 Konten, %2 Anfragen. Bewertung: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labelled by %1 on %2.</source>
        <translation>Bewertet von %1 am %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why it is risky</source>
        <translation>Warum riskant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No strong reason.</source>
        <translation>Kein starker Grund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After model releases</source>
        <translation>Nach Modellveröffentlichungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What its accounts share</source>
        <translation>Was ihre Konten teilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1, anonymous proxy)</source>
        <translation> (%1, anonymer Proxy)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 %2%3: %n accounts</source>
        <translation>
            <numerusform>%1 %2%3: %n Konto</numerusform>
            <numerusform>%1 %2%3: %n Konten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No value used by two or more of its accounts.</source>
        <translation>Kein Wert wird von zwei oder mehr ihrer Konten genutzt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No graph: the cluster&apos;s accounts share nothing.</source>
        <translation>Kein Graph: die Konten des Clusters teilen nichts.</translation>
    </message>
</context>
<context>
    <name>hl::CampaignTable</name>
    <message>
        <location filename="../views/briefing/campaigntable.cpp" line="+17"/>
        <source>not labelled</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benign</source>
        <translation>harmlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top campaigns</source>
        <translation>Wichtigste Kampagnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top campaigns (continued)</source>
        <translation>Wichtigste Kampagnen (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No campaign matches: nothing is flagged or labelled yet.</source>
        <translation>Keine Kampagne passt: noch ist nichts markiert oder bewertet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk is 0 to 1; ⚑ marks a flagged cluster (risk 0.5 or more, three or more accounts). Pivot: its first flagged jump to a newly released model.</source>
        <translation>Risiko reicht von 0 bis 1; ⚑ kennzeichnet einen markierten Cluster (Risiko 0,5 oder mehr, drei oder mehr Konten). Wechsel: sein erster markierter Sprung zu einem neu veröffentlichten Modell.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchanges</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pivot</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (strongest reasons)</source>
        <translation>Warum (stärkste Gründe)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no strong reason)</source>
        <translation>(kein starker Grund)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚑</source>
        <translation> ⚑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>hl::CampaignsModel</name>
    <message>
        <location filename="../views/campaigns/campaignsmodel.cpp" line="+34"/>
        <source>distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benign</source>
        <translation>harmlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notable traits.</source>
        <translation>Keine auffälligen Merkmale.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Grew since the previous analysis.</source>
        <translation>Seit der vorigen Analyse gewachsen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrank since the previous analysis.</source>
        <translation>Seit der vorigen Analyse geschrumpft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members changed since the previous analysis.</source>
        <translation>Mitglieder seit der vorigen Analyse geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split off cluster %1 since the previous analysis.</source>
        <translation>Seit der vorigen Analyse von Cluster %1 abgespalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged from clusters %1 since the previous analysis.</source>
        <translation>Seit der vorigen Analyse aus den Clustern %1 zusammengeführt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top capability</source>
        <translation>Hauptfähigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pivot</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cluster&apos;s id: accounts the analysis judged to be one operation. Ids stay the same across analyses while the members do.</source>
        <translation>Die ID des Clusters: Konten, die die Analyse als eine einzige Operation eingestuft hat. Die ID bleibt über Analysen hinweg gleich, solange die Mitglieder gleich bleiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much the cluster looks like a distillation campaign, from 0 to 1 (0.5 at four points of evidence). Colour: green below 0.25, yellow below 0.5, orange below 0.75, red above.</source>
        <translation>Wie sehr der Cluster einer Destillationskampagne ähnelt, von 0 bis 1 (0,5 bei vier Indizienpunkten). Farbe: grün unter 0,25, gelb unter 0,5, orange unter 0,75, darüber rot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flagged: risk of 0.5 or more and at least 3 accounts.</source>
        <translation>Markiert: Risiko von 0,5 oder mehr und mindestens 3 Konten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts in the cluster.</source>
        <translation>Konten im Cluster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanges (requests) of all its accounts.</source>
        <translation>Anfragen aller seiner Konten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The capability most of its exchanges use, and its share of the exchanges that name one. Sorted by the share.</source>
        <translation>Die Fähigkeit, die die meisten seiner Anfragen nutzen, und ihr Anteil an den Anfragen, die eine Fähigkeit angeben. Sortiert nach dem Anteil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first model release it jumped on: the new model&apos;s share of its traffic in the first 24 hours, or how soon it passed 25%. Sorted by the 24-hour share.</source>
        <translation>Die erste Modellveröffentlichung, zu der er gewechselt ist: der Anteil des neuen Modells an seinem Datenverkehr in den ersten 24 Stunden oder wie bald er 25% überschritt. Sortiert nach dem 24-Stunden-Anteil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner indicators (from STIX bundles, File ▸ Import STIX Bundle) that the cluster&apos;s accounts hit: a matching IP or network, e-mail domain or AS. The inspector lists them.</source>
        <translation>Partner-Indikatoren (aus STIX-Bundles, Datei ▸ STIX-Bundle importieren), die die Konten des Clusters treffen: eine passende IP oder ein Netz, eine E-Mail-Domain oder ein AS. Der Inspektor listet sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster&apos;s current ground-truth label: verdict, actor and confidence (D, B, U to label the selection; Ctrl+Z undoes).</source>
        <translation>Die aktuelle Bewertung des Clusters: Urteil, Akteur und Konfidenz (D, B, U bewerten die Auswahl; Strg+Z macht rückgängig).</translation>
    </message>
</context>
<context>
    <name>hl::CampaignsView</name>
    <message>
        <location filename="../views/campaigns/campaignsview.cpp" line="+42"/>
        <source>Filter clusters (id, capability, reason)…</source>
        <translation>Cluster filtern (ID, Fähigkeit, Grund)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the clusters whose id, top capability, pivot or reasons contain every word.</source>
        <translation>Zeigt die Cluster, deren ID, Hauptfähigkeit, Wechsel oder Begründungen jedes der Wörter enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min. risk:</source>
        <translation>Min. Risiko:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hides clusters whose risk is below this (0.5 is the flagging threshold).</source>
        <translation>Blendet Cluster mit geringerem Risiko aus (0,5 ist die Schwelle zum Markieren).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flagged only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the clusters the analysis flagged as likely campaigns.</source>
        <translation>Zeigt nur die Cluster, die die Analyse als wahrscheinliche Kampagnen markiert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show single accounts</source>
        <translation>Einzelkonten zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also lists accounts linked to no other account (clusters of one).</source>
        <translation>Listet auch Konten auf, die mit keinem anderen Konto verbunden sind (Cluster aus einem Konto).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows the clusters whose exchanges are mostly of this capability.</source>
        <translation>Zeigt die Cluster, deren Anfragen überwiegend diese Fähigkeit betreffen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any capability</source>
        <translation>Jede Fähigkeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows the clusters that sent exchanges to this model.</source>
        <translation>Zeigt die Cluster, die Anfragen an dieses Modell geschickt haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any model</source>
        <translation>Jedes Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the clusters with this label status.</source>
        <translation>Zeigt die Cluster mit diesem Bewertungsstand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any label</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlabelled</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benign</source>
        <translation>Harmlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner hits</source>
        <translation>Partner-Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the clusters that hit partner indicators (imported STIX bundles).</source>
        <translation>Zeigt nur die Cluster, die Partner-Indikatoren treffen (importierte STIX-Bundles).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the clusters of every time again</source>
        <translation>Wieder die Cluster aller Zeiten auflisten</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>No case is open.</source>
        <translation>Kein Fall geöffnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This case is empty. Import a detection export into it: File ▸ Import Export… (Ctrl+I), or on the command line: hydralens import EXPORT_DIR --case %1</source>
        <translation>Dieser Fall ist leer. Importieren Sie einen Erkennungs-Export: Datei ▸ Export importieren… (Strg+I), oder auf der Kommandozeile: hydralens import EXPORT_DIR --case %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This case has not been analysed yet. Choose Case ▸ Analyse (Ctrl+R) to see its clusters, or on the command line: hydralens analyze --case %1</source>
        <translation>Dieser Fall wurde noch nicht analysiert. Wählen Sie Fall ▸ Analysieren (Strg+R), um seine Cluster zu sehen, oder auf der Kommandozeile: hydralens analyze --case %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The top capabilities could not be read: %1</source>
        <translation>Die Hauptfähigkeiten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active %1: finding clusters…</source>
        <translation>Aktiv %1: Cluster werden gesucht…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot find the clusters active %1: %2</source>
        <translation>Die Cluster, die %1 aktiv waren, lassen sich nicht finden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active %1</source>
        <translation>Aktiv %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only clusters with exchanges in this time range are listed (brushed on the timeline). ✕ lists all again.</source>
        <translation>Nur Cluster mit Anfragen in diesem Zeitraum werden aufgelistet (auf der Zeitachse markiert). ✕ listet wieder alle auf.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Clusters: %1 of %2</source>
        <translation>Cluster: %1 von %2</translation>
    </message>
</context>
<context>
    <name>hl::CaseSummary</name>
    <message>
        <location filename="../views/casesummary.cpp" line="+33"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time span</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account–infrastructure links</source>
        <translation>Verbindungen Konto–Infrastruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt templates</source>
        <translation>Prompt-Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream scores</source>
        <translation>Scores aus der Erkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner indicators</source>
        <translation>Partner-Indikatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case format</source>
        <translation>Fallformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exchanges, released %2</source>
        <translation>%1 Anfragen, veröffentlicht %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exchanges</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure (distinct values linked to accounts)</source>
        <translation>Infrastruktur (verschiedene mit Konten verbundene Werte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing imported yet: File ▸ Import Export… (Ctrl+I).</source>
        <translation>Noch nichts importiert: Datei ▸ Export importieren… (Strg+I).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, from %2 (%3)</source>
        <translation>%1, aus %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown producer</source>
        <translation>unbekannter Erzeuger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>hl::ChartExportDialog</name>
    <message>
        <location filename="../views/charts/chartexportdialog.cpp" line="+29"/>
        <source>Whole case (graph: the overview of clusters)</source>
        <translation>Ganzer Fall (Graph: die Übersicht der Cluster)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redact account ids, IPs, e-mail domains, payment and device values</source>
        <translation>Konto-IDs, IPs, E-Mail-Domains, Zahlungs- und Gerätewerte schwärzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <location line="+12"/>
        <location line="+18"/>
        <location line="+8"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Timeline (exchanges over time by model)</source>
        <translation>Zeitverlauf (Anfragen über die Zeit nach Modell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-release pivots</source>
        <translation>Wechsel nach Veröffentlichungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk distribution of the clusters</source>
        <translation>Risikoverteilung der Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected cluster %1</source>
        <translation>Ausgewählter Cluster %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selected cluster (none)</source>
        <translation>Ausgewählter Cluster (keiner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is 254 × 143 mm (a 16:9 slide); 150 dpi gives 1500 × 844 pixels</source>
        <translation>Das Bild ist 254 × 143 mm groß (eine 16:9-Folie); 150 dpi ergeben 1500 × 844 Pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture&apos;s size (254 × 143 mm)</source>
        <translation>Größe des Bildes (254 × 143 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4, landscape</source>
        <translation>A4, quer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter, landscape</source>
        <translation>Letter, quer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF page:</source>
        <translation>PDF-Seite:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open a case first: File ▸ Open Case…</source>
        <translation>Öffnen Sie zuerst einen Fall: Datei ▸ Fall öffnen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 file (*.%2)</source>
        <translation>%1-Datei (*.%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the chart…</source>
        <translation>Das Diagramm wird exportiert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the case and laying out…</source>
        <translation>Fall wird gelesen und angeordnet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>The chart was not exported: %1.</source>
        <translation>Das Diagramm wurde nicht exportiert: %1.</translation>
    </message>
</context>
<context>
    <name>hl::ChartRenderer</name>
    <message numerus="yes">
        <location filename="../views/charts/chartrenderer.cpp" line="+18"/>
        <source>Cluster %1 (%n accounts)</source>
        <translation>
            <numerusform>Cluster %1 (%n Konto)</numerusform>
            <numerusform>Cluster %1 (%n Konten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole case</source>
        <translation>Ganzer Fall</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Post-release pivots of cluster %1</source>
        <translation>Wechsel nach Veröffentlichungen von Cluster %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Post-release pivots</source>
        <translation>Wechsel nach Veröffentlichungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster risk distribution</source>
        <translation>Risikoverteilung der Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts and shared infrastructure of cluster %1</source>
        <translation>Konten und gemeinsame Infrastruktur von Cluster %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters linked by shared infrastructure</source>
        <translation>Durch gemeinsame Infrastruktur verbundene Cluster</translation>
    </message>
</context>
<context>
    <name>hl::ChartSource</name>
    <message>
        <location filename="../model/export/chartsource.cpp" line="+71"/>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clusters of %1+ accounts</source>
        <translation>Cluster mit %1+ Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole case</source>
        <translation>ganzer Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the case has not been analysed yet, so it has no clusters, risk or pivots to chart; run &apos;hydralens analyze --case %1&apos; first</source>
        <translation>der Fall wurde noch nicht analysiert und hat daher keine Cluster, Risiken oder Wechsel für ein Diagramm; führen Sie zuerst &apos;hydralens analyze --case %1&apos; aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the case has not been analysed yet, so it has no clusters; run &apos;hydralens analyze --case %1&apos; first</source>
        <translation>der Fall wurde noch nicht analysiert und hat daher keine Cluster; führen Sie zuerst &apos;hydralens analyze --case %1&apos; aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case has no cluster %1; &apos;hydralens clusters --case %2&apos; lists them</source>
        <translation>der Fall hat keinen Cluster %1; &apos;hydralens clusters --case %2&apos; listet sie auf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>there are no exchanges to chart in %1</source>
        <translation>in %1 gibt es keine Anfragen für ein Diagramm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no cluster has %1 or more accounts; use a smaller minimum</source>
        <translation>kein Cluster hat %1 oder mehr Konten; wählen Sie ein kleineres Minimum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cluster %1 has no traffic around any model release, so it has no pivots to chart</source>
        <translation>Cluster %1 hat keinen Datenverkehr um eine Modellveröffentlichung und daher keine Wechsel für ein Diagramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case has no model release within its traffic, so there are no pivots to chart</source>
        <translation>der Fall hat keine Modellveröffentlichung innerhalb seines Datenverkehrs, daher gibt es keine Wechsel für ein Diagramm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the graph is empty: no cluster of %1 or more accounts</source>
        <translation>der Graph ist leer: kein Cluster mit %1 oder mehr Konten</translation>
    </message>
</context>
<context>
    <name>hl::ChartWriter</name>
    <message>
        <location filename="../views/charts/chartwriter.cpp" line="+37"/>
        <source>cannot write a chart to %1: the file name must end in .png, .svg or .pdf</source>
        <translation>ein Diagramm kann nicht nach %1 geschrieben werden: der Dateiname muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a chart of %1×%2 mm is too small or too large: use 30 to 2000 mm a side (a slide is 254x143)</source>
        <translation>ein Diagramm von %1×%2 mm ist zu klein oder zu groß: verwenden Sie 30 bis 2000 mm je Seite (eine Folie ist 254x143)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a resolution of %1 dpi is out of range: use 30 to 1200 (150 for slides, 300 for print)</source>
        <translation>eine Auflösung von %1 dpi liegt außerhalb des Bereichs: verwenden Sie 30 bis 1200 (150 für Folien, 300 für Druck)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1: check that the folder exists and that you may write there</source>
        <translation>%1 kann nicht geschrieben werden: prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not enough memory for a %1×%2 pixel image; use a lower --dpi or a smaller --size</source>
        <translation>nicht genug Speicher für ein Bild von %1×%2 Pixeln; verwenden Sie ein kleineres --dpi oder --size</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>HydraLens chart</source>
        <translation>HydraLens-Diagramm</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HydraLens</source>
        <translation>HydraLens</translation>
    </message>
</context>
<context>
    <name>hl::CsvReader</name>
    <message>
        <location filename="../model/io/csvreader.cpp" line="+227"/>
        <location line="+61"/>
        <source>quoted field is not closed before the end of the file</source>
        <translation>Ein Feld in Anführungszeichen ist vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>the file is empty: a CSV file needs a header row</source>
        <translation>Die Datei ist leer: Eine CSV-Datei braucht eine Kopfzeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <source>unexpected character after a closing quote (write a quote inside a quoted field as &quot;&quot;)</source>
        <translation>unerwartetes Zeichen nach einem schließenden Anführungszeichen (ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen als &quot;&quot; schreiben)</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>empty column name in the header (column %1)</source>
        <translation>leerer Spaltenname in der Kopfzeile (Spalte %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate column in the header</source>
        <translation>doppelte Spalte in der Kopfzeile</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the file is not open</source>
        <translation>Die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>hl::DataStamp</name>
    <message>
        <location filename="../model/export/datastamp.cpp" line="+12"/>
        <source>case %1 · filters %2 · %3</source>
        <translation>Fall %1 · Filter %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>hl::DemoGenerator</name>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="+106"/>
        <source>No output folder was given for the demo export.</source>
        <translation>Für den Demo-Export wurde kein Ausgabeordner angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo export needs between %1 and %2 accounts; %3 were asked for.</source>
        <translation>Der Demo-Export braucht zwischen %1 und %2 Konten; angefordert wurden %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo export needs between %1 and %2 exchanges; %3 were asked for.</source>
        <translation>Der Demo-Export braucht zwischen %1 und %2 Anfragen; angefordert wurden %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The truth file %1 lies inside the export folder %2. Choose a place outside it, so that the answers are never imported with the data.</source>
        <translation>Die Lösungsdatei %1 liegt im Exportordner %2. Wählen Sie einen Ort außerhalb davon, damit die Lösungen nie mit den Daten importiert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the demo export to %1: it is a file, not a folder.</source>
        <translation>Der Demo-Export kann nicht nach %1 geschrieben werden: Das ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1. Check that the location exists and is writable.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie, ob der Ort existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Cannot replace %1: the file cannot be removed.</source>
        <translation>%1 kann nicht ersetzt werden: Die Datei lässt sich nicht löschen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot write the truth file %1: %2</source>
        <translation>Die Lösungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>hl::DisagreementModel</name>
    <message>
        <location filename="../views/labels/disagreementmodel.cpp" line="+73"/>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved: %1 (%2)</source>
        <translation>gelöst: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hl::GraphDataExport</name>
    <message>
        <location filename="../views/graph/graphdataexport.cpp" line="+26"/>
        <source>There is no graph to export.</source>
        <translation>Es gibt keinen Graphen zum Exportieren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting Graph Data</source>
        <translation>Graphdaten werden exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Graph data (%L1 nodes) saved to %2</source>
        <translation>Graphdaten (%L1 Knoten) gespeichert unter %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot export the graph data to %1: %2</source>
        <translation>Die Graphdaten lassen sich nicht nach %1 exportieren: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Graph Data, Redacted</source>
        <translation>Graphdaten geschwärzt exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Graph Data</source>
        <translation>Graphdaten exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GraphML (*.graphml)</source>
        <translation>GraphML (*.graphml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GEXF for Gephi (*.gexf)</source>
        <translation>GEXF für Gephi (*.gexf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphviz DOT (*.dot)</source>
        <translation>Graphviz DOT (*.dot)</translation>
    </message>
</context>
<context>
    <name>hl::GraphExport</name>
    <message>
        <location filename="../views/graph/graphexport.cpp" line="+131"/>
        <source>Cannot export the graph to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation>Der Graph lässt sich nicht nach %1 exportieren: Der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot export the graph at %1×%2 pixels: use at least 100×100 (a slide is 1920×1080).</source>
        <translation>Der Graph lässt sich nicht mit %1×%2 Pixeln exportieren: Mindestens 100×100 verwenden (eine Folie hat 1920×1080).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to export yet: the graph is empty or not laid out.</source>
        <translation>Es gibt noch nichts zu exportieren: Der Graph ist leer oder noch nicht angeordnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to export: every node is hidden.</source>
        <translation>Es gibt nichts zu exportieren: Alle Knoten sind ausgeblendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>%1 lässt sich nicht schreiben: Prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export the graph at %1×%2 pixels: not enough memory.</source>
        <translation>Der Graph lässt sich nicht mit %1×%2 Pixeln exportieren: nicht genug Speicher.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>HydraLens graph</source>
        <translation>HydraLens-Graph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HydraLens</source>
        <translation>HydraLens</translation>
    </message>
</context>
<context>
    <name>hl::GraphLegend</name>
    <message>
        <location filename="../views/graph/graphlegend.cpp" line="+31"/>
        <source>Risk (clusters, accounts)</source>
        <translation>Risiko (Cluster, Konten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
</context>
<context>
    <name>hl::GraphModel</name>
    <message>
        <location filename="../model/graph/graphmodel.cpp" line="+235"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network (ASN)</source>
        <translation>Netz (ASN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment card</source>
        <translation>Zahlungskarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail domain</source>
        <translation>E-Mail-Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labelled %1</source>
        <translation>Bewertet: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
</context>
<context>
    <name>hl::GraphPanel</name>
    <message>
        <location filename="../views/graph/graphpanel.cpp" line="+58"/>
        <source>◀ Overview</source>
        <translation>◀ Übersicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the overview of all clusters (Alt+Left, Backspace)</source>
        <translation>Zurück zur Übersicht aller Cluster (Alt+Links, Rücktaste)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Graphviz layout engine: sfdp scales to large graphs; neato and fdp draw small ones more tidily and keep pinned nodes in place</source>
        <translation>Graphviz-Layout: sfdp bewältigt große Graphen; neato und fdp zeichnen kleine ordentlicher und lassen angeheftete Knoten an ihrem Platz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-layout</source>
        <translation>Neu anordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay the graph out again (pinned nodes stay) (Ctrl+L)</source>
        <translation>Den Graphen neu anordnen (angeheftete Knoten bleiben) (Strg+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand</source>
        <translation>Erweitern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in the clusters that share infrastructure with this one (E)</source>
        <translation>Die Cluster hinzunehmen, die Infrastruktur mit diesem teilen (E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected nodes (H, Delete)</source>
        <translation>Die ausgewählten Knoten ausblenden (H, Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+H</source>
        <translation>Shift+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin the selected nodes: a re-layout keeps them where they are (P). Dragging a node pins it.</source>
        <translation>Die ausgewählten Knoten anheften: Beim Neuanordnen bleiben sie, wo sie sind (P). Ein gezogener Knoten wird angeheftet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the whole graph in view (F)</source>
        <translation>Den ganzen Graphen einpassen (F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the graph as PNG, SVG or PDF, sized for slides</source>
        <translation>Den Graphen als PNG, SVG oder PDF in Foliengröße speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Graph &amp;Data…</source>
        <translation>Graph&amp;daten exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the nodes shown, their attributes and positions as GraphML, GEXF or DOT</source>
        <translation>Die gezeigten Knoten mit ihren Attributen und Positionen als GraphML, GEXF oder DOT speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Graph Data, &amp;Redacted…</source>
        <translation>Graphdaten exportieren, ge&amp;schwärzt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As Export Graph Data, with account ids, IPs, domains, cards and devices replaced by the case&apos;s pseudonyms</source>
        <translation>Wie „Graphdaten exportieren“, aber Konto-IDs, IPs, Domains, Karten und Geräte durch die Pseudonyme des Falls ersetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find account, IP, card, device, domain…</source>
        <translation>Konto, IP, Karte, Gerät, Domain suchen…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Open a case to see its clusters and the infrastructure they share.</source>
        <translation>Öffnen Sie einen Fall, um seine Cluster und deren gemeinsame Infrastruktur zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the overview of all clusters…</source>
        <translation>Die Übersicht aller Cluster wird gelesen…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the overview of all clusters</source>
        <translation>die Übersicht aller Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cluster %1 + %n more</source>
        <translation>
            <numerusform>Cluster %1 + %n weiterer</numerusform>
            <numerusform>Cluster %1 + %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Laying out…</source>
        <translation>Wird angeordnet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot draw the graph: %1</source>
        <translation>Der Graph lässt sich nicht zeichnen: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No clusters yet: analyse the case (Case ▸ Analyse, Ctrl+R).</source>
        <translation>Noch keine Cluster: Analysieren Sie den Fall (Fall ▸ Analysieren, Strg+R).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster %1 is not in the stored analysis.</source>
        <translation>Cluster %1 ist nicht in der gespeicherten Analyse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>layout from the case</source>
        <translation>Anordnung aus dem Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 layout in %2 s</source>
        <translation>%1-Anordnung in %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 clusters, %L2 links (%3)</source>
        <translation>%L1 Cluster, %L2 Verbindungen (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 accounts, %L2 shared values, %L3 links (%4)</source>
        <translation>%L1 Konten, %L2 geteilte Werte, %L3 Verbindungen (%4)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot read the labels: %1</source>
        <translation>Die Bewertungen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Drill into Cluster %1</source>
        <translation>Cluster %1 öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus on Cluster %1</source>
        <translation>Auf Cluster %1 konzentrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &quot;%1&quot;</source>
        <translation>„%1“ kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select Neighbours</source>
        <translation>Nachbarn auswählen</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n linked clusters selected</source>
        <translation>
            <numerusform>%n verbundener Cluster ausgewählt</numerusform>
            <numerusform>%n verbundene Cluster ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot expand: %1</source>
        <translation>Erweitern nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No other cluster shares infrastructure with cluster %1.</source>
        <translation>Kein anderer Cluster teilt Infrastruktur mit Cluster %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The moved nodes could not be saved in the case: %1</source>
        <translation>Die verschobenen Knoten ließen sich nicht im Fall speichern: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 (cluster %3)</source>
        <translation>%1: %2 (Cluster %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That value belongs to no cluster (the case was not analysed).</source>
        <translation>Dieser Wert gehört zu keinem Cluster (der Fall wurde nicht analysiert).</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+10"/>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export the graph to %1: %2</source>
        <translation>Der Graph lässt sich nicht nach %1 exportieren: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graph saved to %1</source>
        <translation>Graph gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>hl::GraphStyle</name>
    <message>
        <location filename="../views/graph/graphstyle.cpp" line="+227"/>
        <source>D</source>
        <comment>badge: labelled distillation</comment>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <comment>badge: labelled benign</comment>
        <translation>H</translation>
    </message>
</context>
<context>
    <name>hl::GraphView</name>
    <message>
        <location filename="../views/graph/graphview.cpp" line="+38"/>
        <source>No graph to show.</source>
        <translation>Kein Graph anzuzeigen.</translation>
    </message>
    <message>
        <location line="+365"/>
        <source>Risk %1, flagged</source>
        <translation>Risiko %1, markiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Used by %n account(s)</source>
        <translation>
            <numerusform>Von %n Konto genutzt</numerusform>
            <numerusform>Von %n Konten genutzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pinned (placed by hand)</source>
        <translation>Angeheftet (von Hand platziert)</translation>
    </message>
</context>
<context>
    <name>hl::InspectorView</name>
    <message>
        <location filename="../views/inspectorview.cpp" line="+61"/>
        <source>Select a cluster to see why its accounts belong together and why it is (or is not) risky.</source>
        <translation>Wählen Sie einen Cluster, um zu sehen, warum seine Konten zusammengehören und warum er riskant ist (oder nicht).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> · actor %1</source>
        <translation> · Akteur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 confidence</source>
        <translation> · Konfidenz %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Partner indicators: cannot read them: %1</source>
        <translation>Partner-Indikatoren lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hits no partner indicator.</source>
        <translation>Trifft keinen Partner-Indikator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner indicators hit: %1</source>
        <translation>Getroffene Partner-Indikatoren: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (indicator: %1)</source>
        <translation> (Indikator: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>matched %1%2, used by %n account(s)</source>
        <translation>
            <numerusform>passt auf %1%2, genutzt von %n Konto</numerusform>
            <numerusform>passt auf %1%2, genutzt von %n Konten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and %1 more, listed at the end below</source>
        <translation>… und %1 weitere, unten am Ende aufgeführt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the label: %1</source>
        <translation>Die Bewertung lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label (from cluster %1): %2</source>
        <translation>Bewertung (von Cluster %1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not labelled. Label it: D distillation, B benign, U unsure, L with an actor and a note.</source>
        <translation>Nicht bewertet. Bewerten: D Destillation, B harmlos, U unsicher, L mit Akteur und Notiz.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Audit trail: %n event(s) by %1</source>
        <translation>
            <numerusform>Protokoll: %n Eintrag von %1</numerusform>
            <numerusform>Protokoll: %n Einträge von %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot show %1: %2</source>
        <translation>%1 lässt sich nicht anzeigen: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cluster %1 is not in the stored analysis.</source>
        <translation>Cluster %1 ist nicht in der gespeicherten Analyse.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The account is no longer in the case.</source>
        <translation>Das Konto ist nicht mehr im Fall.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The value is no longer in the case.</source>
        <translation>Der Wert ist nicht mehr im Fall.</translation>
    </message>
</context>
<context>
    <name>hl::IpLocator</name>
    <message>
        <location filename="../model/analysis/iplocation.cpp" line="+137"/>
        <source>Install the system database with &apos;apt-get install libloc-database&apos;.</source>
        <translation>Installieren Sie die Systemdatenbank mit „apt-get install libloc-database“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path, or leave it empty to use the system database (apt-get install libloc-database).</source>
        <translation>Prüfen Sie den Pfad oder lassen Sie ihn leer, um die Systemdatenbank zu verwenden (apt-get install libloc-database).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the IP location database %1: it is a folder. %2</source>
        <translation>Die IP-Standortdatenbank %1 kann nicht geöffnet werden: Das ist ein Ordner. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the IP location database %1: %2. %3</source>
        <translation>Die IP-Standortdatenbank %1 kann nicht geöffnet werden: %2. %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a libloc location database, or it is damaged. Use a location.db such as %2 (package libloc-database).</source>
        <translation>%1 ist keine libloc-Standortdatenbank oder ist beschädigt. Verwenden Sie eine location.db wie %2 (Paket libloc-database).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown vendor</source>
        <translation>unbekannter Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>license %1</source>
        <translation>Lizenz %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>AS number 0 is reserved and cannot be listed (AS name &apos;%1&apos;).</source>
        <translation>Die AS-Nummer 0 ist reserviert und kann nicht eingetragen werden (AS-Name „%1“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AS%1 is listed twice.</source>
        <translation>AS%1 ist doppelt eingetragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libloc could not add AS%1.</source>
        <translation>libloc konnte AS%1 nicht hinzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>libloc could not set the name of AS%1.</source>
        <translation>libloc konnte den Namen von AS%1 nicht setzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The network %1 is listed twice (another entry has the same prefix).</source>
        <translation>Das Netz %1 ist doppelt eingetragen (ein anderer Eintrag hat dasselbe Präfix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a network prefix such as 192.0.2.0/24 or 2001:db8::/32.</source>
        <translation>„%1“ ist kein Netzpräfix wie 192.0.2.0/24 oder 2001:db8::/32.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libloc could not set AS%1 on the network %2.</source>
        <translation>libloc konnte AS%1 für das Netz %2 nicht setzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country &apos;%1&apos; of the network %2 is not an ISO 3166 two-letter code in capitals (such as DE).</source>
        <translation>Das Land „%1“ des Netzes %2 ist kein ISO-3166-Code aus zwei Großbuchstaben (wie DE).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>libloc could not set a flag on the network %1.</source>
        <translation>libloc konnte für das Netz %1 kein Flag setzen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the location database %1: it is a folder. Give a file name.</source>
        <translation>Die Standortdatenbank %1 kann nicht geschrieben werden: Das ist ein Ordner. Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the location database %1: the folder %2 does not exist.</source>
        <translation>Die Standortdatenbank %1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+16"/>
        <source>Cannot write the location database %1: %2.</source>
        <translation>Die Standortdatenbank %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libloc could not write it</source>
        <translation>libloc konnte sie nicht schreiben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No file name was given for the location database.</source>
        <translation>Für die Standortdatenbank wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libloc could not prepare a location database (out of memory?).</source>
        <translation>libloc konnte keine Standortdatenbank vorbereiten (Speicher erschöpft?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>libloc could not store the vendor, description or license of %1.</source>
        <translation>libloc konnte Anbieter, Beschreibung oder Lizenz von %1 nicht speichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the location database %1: %2</source>
        <translation>Die Standortdatenbank %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>hl::JsonlReader</name>
    <message>
        <location filename="../model/io/jsoncursor.cpp" line="+75"/>
        <source>the string is not closed</source>
        <translation>Die Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>control character in a string (escape it, e.g. \n)</source>
        <translation>Steuerzeichen in einer Zeichenkette (mit Escape-Sequenz schreiben, z. B. \n)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>invalid escape in a string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid \u escape (expected four hex digits)</source>
        <translation>ungültige \u-Escape-Sequenz (vier Hexadezimalziffern erwartet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>unpaired surrogate in a \u escape</source>
        <translation>ungepaartes Surrogat in einer \u-Escape-Sequenz</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>objects or arrays nested too deeply</source>
        <translation>Objekte oder Arrays zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../model/io/jsonlreader.cpp" line="+17"/>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../model/io/jsonlreader.cpp" line="+1"/>
        <source>expected &apos;:&apos; after a key</source>
        <translation>„:“ nach einem Schlüssel erwartet</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../model/io/jsonlreader.cpp" line="+2"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after a value</source>
        <translation>„,“ oder „}“ nach einem Wert erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after a value</source>
        <translation>„,“ oder „]“ nach einem Wert erwartet</translation>
    </message>
    <message>
        <location filename="../model/io/jsonlreader.cpp" line="+2"/>
        <source>unexpected text after the object</source>
        <translation>unerwarteter Text nach dem Objekt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the file is not open</source>
        <translation>Die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>duplicate key</source>
        <translation>doppelter Schlüssel</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a string, number, true, false or null, found an object</source>
        <translation>Zeichenkette, Zahl, true, false oder null erwartet, Objekt gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a string, number, true, false or null, found an array</source>
        <translation>Zeichenkette, Zahl, true, false oder null erwartet, Array gefunden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>invalid JSON at character %1: %2</source>
        <translation>ungültiges JSON bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>hl::LabelController</name>
    <message>
        <location filename="../views/labels/labelcontroller.cpp" line="+125"/>
        <source>A disagreement is resolved with a verdict: distillation, benign or unsure.</source>
        <translation>Eine Uneinigkeit wird mit einem Urteil entschieden: Destillation, harmlos oder unsicher.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No case is open.</source>
        <translation>Kein Fall ist geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is selected to label.</source>
        <translation>Nichts zum Bewerten ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve cluster %1 as %2</source>
        <translation>Cluster %1 als %2 entscheiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve account %1 as %2</source>
        <translation>Konto %1 als %2 entscheiden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the label of %1</source>
        <translation>Bewertung von %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label %1 as %2</source>
        <translation>%1 als %2 bewerten</translation>
    </message>
</context>
<context>
    <name>hl::LabelDialog</name>
    <message>
        <location filename="../views/labels/labeldialog.cpp" line="+20"/>
        <location line="+23"/>
        <source>Label</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benign</source>
        <translation>Harmlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No label (remove)</source>
        <translation>Keine Bewertung (entfernen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who is behind it, if known</source>
        <translation>wer dahintersteckt, falls bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why, for the record</source>
        <translation>warum, fürs Protokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verdict:</source>
        <translation>&amp;Urteil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actor:</source>
        <translation>&amp;Akteur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confidence:</source>
        <translation>&amp;Konfidenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nalyst:</source>
        <translation>Ana&amp;lyst:</translation>
    </message>
</context>
<context>
    <name>hl::LabelStatusPage</name>
    <message>
        <location filename="../views/briefing/labelstatuspage.cpp" line="+47"/>
        <location line="+60"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Labels and agreement</source>
        <translation>Bewertungen und Übereinstimmung</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Analysts&apos; current labels (the latest of %n labelling event(s) in the case&apos;s audit trail). An account without a label of its own counts under its cluster.</source>
        <translation>
            <numerusform>Aktuelle Bewertungen der Analysten (das jüngste von %n Bewertungsereignis im Prüfpfad des Falls). Ein Konto ohne eigene Bewertung zählt unter seinem Cluster.</numerusform>
            <numerusform>Aktuelle Bewertungen der Analysten (die jüngsten von %n Bewertungsereignissen im Prüfpfad des Falls). Ein Konto ohne eigene Bewertung zählt unter seinem Cluster.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labelled</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>benign</source>
        <translation>harmlos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts (own label)</source>
        <translation>Konten (eigene Bewertung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged campaigns labelled</source>
        <translation>Markierte Kampagnen bewertet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do the analysts agree?</source>
        <translation>Stimmen die Analysten überein?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has labelled yet.</source>
        <translation>Noch hat niemand bewertet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only %1 has labelled so far: agreement needs two analysts labelling the same targets.</source>
        <translation>Bisher hat nur %1 bewertet: Übereinstimmung braucht zwei Analysten, die dieselben Ziele bewerten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reliable (0.800 or more)</source>
        <translation>verlässlich (0,800 oder mehr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tentative conclusions only (0.667 to 0.800)</source>
        <translation>nur vorläufige Schlüsse (0,667 bis 0,800)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreliable (below 0.667)</source>
        <translation>unzuverlässig (unter 0,667)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>undefined (too few targets labelled by two analysts)</source>
        <translation>undefiniert (zu wenige von zwei Analysten bewertete Ziele)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 analysts; %2 targets labelled by two or more. Krippendorff&apos;s alpha %3: %4. Open disagreements: %5.</source>
        <translation>%1 Analysten; %2 Ziele von zwei oder mehr bewertet. Krippendorffs Alpha %3: %4. Offene Meinungsverschiedenheiten: %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Analysts</source>
        <translation>Analysten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Both labelled</source>
        <translation>Beide bewertet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agree</source>
        <translation>Einig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>hl::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+46"/>
        <source>HydraLens</source>
        <translation>HydraLens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Case…</source>
        <translation>&amp;Fall öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Export…</source>
        <translation>Export &amp;importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Graph…</source>
        <translation>&amp;Graph exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Timeline…</source>
        <translation>&amp;Zeitachse exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Briefing…</source>
        <translation>&amp;Lagebericht exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../views/mainwindowlabels.cpp" line="+38"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The label could not be written to the case: %1</source>
        <translation>Die Bewertung ließ sich nicht in den Fall schreiben: %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+14"/>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Analyse</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Find in Graph…</source>
        <translation>Im Graphen &amp;suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find an account id, IP, payment fingerprint, device or domain, and centre it in the graph</source>
        <translation>Eine Konto-ID, IP, Zahlungskennung, ein Gerät oder eine Domain suchen und im Graphen zentrieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;Cluster…</source>
        <translation>&amp;Cluster suchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drill into Selected Cluster</source>
        <translation>Ausgewählten Cluster ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../views/mainwindowlabels.cpp" line="+6"/>
        <source>&amp;Label</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label as &amp;Distillation</source>
        <translation>Als &amp;Destillation bewerten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label as &amp;Benign</source>
        <translation>Als &amp;harmlos bewerten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benign</source>
        <translation>Harmlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label as &amp;Unsure</source>
        <translation>Als &amp;unsicher bewerten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Label</source>
        <translation>Bewertung &amp;entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label…</source>
        <translation>Be&amp;werten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label…</source>
        <translation>Bewerten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label the selection with an actor, a confidence and a note (L)</source>
        <translation>Die Auswahl mit Akteur, Konfidenz und Notiz bewerten (L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review Queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next Cluster to Review</source>
        <translation>&amp;Nächster zu prüfender Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the cluster whose label would teach the classifier most (N)</source>
        <translation>Den Cluster zeigen, dessen Bewertung dem Klassifikator am meisten beibringt (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip Cluster</source>
        <translation>Cluster ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cluster under review behind the others and show the next (S)</source>
        <translation>Den geprüften Cluster hinter die anderen stellen und den nächsten zeigen (S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Train Classifier</source>
        <translation>Klassifikator &amp;trainieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the built-in classifier on the labelled accounts, measure it and re-rank every cluster (Ctrl+T)</source>
        <translation>Den eingebauten Klassifikator an die bewerteten Konten anpassen, messen und alle Cluster neu einstufen (Strg+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Training Set…</source>
        <translation>Trainingsdaten e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the labelled accounts, their features and a leak-free split as CSV, JSONL and a manifest</source>
        <translation>Die bewerteten Konten, ihre Merkmale und eine leckfreie Aufteilung als CSV, JSONL und Manifest schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Training Set to Folder</source>
        <translation>Trainingsdaten in Ordner exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Export Training Set</source>
        <translation>Trainingsdaten exportieren</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1.

Write the training export there anyway, replacing its files?</source>
        <translation>%1.

Die Trainingsdaten trotzdem dorthin schreiben und ihre Dateien ersetzen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting the training set</source>
        <translation>Die Trainingsdaten werden exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the labelled accounts…</source>
        <translation>Die bewerteten Konten werden gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %L1 labelled accounts to %2.</source>
        <translation>%L1 bewertete Konten nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1.</source>
        <translation>Warnung: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training the classifier</source>
        <translation>Der Klassifikator wird trainiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Training was cancelled; the case is unchanged.</source>
        <translation>Das Training wurde abgebrochen; der Fall ist unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot train the classifier: %1</source>
        <translation>Der Klassifikator lässt sich nicht trainieren: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classifier %1 trained: %2. Risk re-ranked; %L3 clusters flagged (were %L4).</source>
        <translation>Klassifikator %1 trainiert: %2. Risiko neu eingestuft; %L3 Cluster markiert (vorher %L4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train Classifier</source>
        <translation>Klassifikator trainieren</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+32"/>
        <source>&lt;h2&gt;No case open&lt;/h2&gt;&lt;p&gt;Open a case file (&lt;b&gt;File → Open Case…&lt;/b&gt;, Ctrl+O),&lt;br&gt;or create one from a detection export on the command line:&lt;br&gt;&lt;code&gt;hydralens import EXPORT_DIR --case FILE.hlcase&lt;/code&gt;&lt;br&gt;&lt;code&gt;hydralens analyze --case FILE.hlcase&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kein Fall geöffnet&lt;/h2&gt;&lt;p&gt;Öffnen Sie eine Falldatei (&lt;b&gt;Datei → Fall öffnen…&lt;/b&gt;, Strg+O)&lt;br&gt;oder legen Sie auf der Kommandozeile einen Fall aus einem Erkennungsexport an:&lt;br&gt;&lt;code&gt;hydralens import EXPORT_DIR --case FILE.hlcase&lt;/code&gt;&lt;br&gt;&lt;code&gt;hydralens analyze --case FILE.hlcase&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 already exists. Open it with File ▸ Open Case, or choose another name.</source>
        <translation>%1 gibt es schon. Öffnen Sie ihn mit Datei ▸ Fall öffnen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the case: %1</source>
        <translation>Der Fall lässt sich nicht anlegen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HydraLens cases (*.hlcase);;All files (*)</source>
        <translation>HydraLens-Fälle (*.hlcase);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;h2&gt;Cannot open the case&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Der Fall kann nicht geöffnet werden&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — HydraLens</source>
        <translation>%1 — HydraLens</translation>
    </message>
    <message>
        <location filename="../views/mainwindowlabels.cpp" line="+68"/>
        <source> (Ctrl+Z undoes)</source>
        <translation> (Strg+Z macht rückgängig)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="+53"/>
        <source>Import Detection Export</source>
        <translation>Erkennungsexport importieren</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+97"/>
        <source>New Case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+110"/>
        <source>HydraLens cases (*.hlcase)</source>
        <translation>HydraLens-Fälle (*.hlcase)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../views/mainwindowstix.cpp" line="+60"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1: %L2 rows</source>
        <translation>%1 wird gelesen: %L2 Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the case…</source>
        <translation>Der Fall wird geschrieben…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Analysing</source>
        <translation>Analyse läuft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The analysis was cancelled; the previous results are unchanged.</source>
        <translation>Die Analyse wurde abgebrochen; die bisherigen Ergebnisse bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analysis failed: %1</source>
        <translation>Die Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis done: %L1 clusters, %L2 flagged, %L3 post-release pivots flagged.</source>
        <translation>Analyse fertig: %L1 Cluster, %L2 markiert, %L3 Wechsel nach Veröffentlichungen markiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Cluster %1 (%n accounts)</source>
        <translation>
            <numerusform>Cluster %1 (%n Konto)</numerusform>
            <numerusform>Cluster %1 (%n Konten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n selected accounts</source>
        <translation>
            <numerusform>%n ausgewähltes Konto</numerusform>
            <numerusform>%n ausgewählte Konten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindowstix.cpp" line="-24"/>
        <source>Import &amp;STIX Bundle…</source>
        <translation>&amp;STIX-Bundle importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a partner&apos;s STIX 2.1 bundle: its IP, domain and AS indicators become partner indicators</source>
        <translation>Das STIX-2.1-Bundle eines Partners lesen: seine IP-, Domain- und AS-Indikatoren werden Partner-Indikatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export STIX &amp;Bundle…</source>
        <translation>STIX-&amp;Bundle exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the clusters labelled distillation as a STIX 2.1 bundle for partners</source>
        <translation>Die als Destillation eingestuften Cluster als STIX-2.1-Bundle für Partner schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a case first: partner indicators are stored in the case.</source>
        <translation>Zuerst einen Fall öffnen: Partner-Indikatoren werden im Fall gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Import STIX Bundle</source>
        <translation>STIX-Bundle importieren</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>STIX bundles (*.json);;All files (*)</source>
        <translation>STIX-Bundles (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the bundle…</source>
        <translation>Das Bundle wird gelesen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Nothing was imported: %1.</source>
        <translation>Nichts wurde importiert: %1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Storing the partner indicators…</source>
        <translation>Die Partner-Indikatoren werden gespeichert…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was imported before; nothing changed.</source>
        <translation>%1 wurde schon importiert; nichts hat sich geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1: %2 partner indicator values (%3 new); %4 objects skipped.</source>
        <translation>%1 importiert: %2 Werte von Partner-Indikatoren (%3 neu); %4 Objekte übersprungen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a case first.</source>
        <translation>Zuerst einen Fall öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+36"/>
        <source>Export STIX Bundle</source>
        <translation>STIX-Bundle exportieren</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>How far recipients may share it (TLP:CLEAR is written as STIX&apos;s TLP:WHITE)</source>
        <translation>Wie weit Empfänger es teilen dürfen (TLP:CLEAR wird als TLP:WHITE von STIX geschrieben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The identity named as the bundle&apos;s author</source>
        <translation>Die Identität, die als Autor des Bundles genannt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonyms instead of IPs, e-mail domains and fingerprints</source>
        <translation>Pseudonyme statt IPs, E-Mail-Domains und Kennungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marking:</source>
        <translation>Kennzeichnung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Producer:</source>
        <translation>Ersteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redact:</source>
        <translation>Schwärzen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STIX bundles (*.json)</source>
        <translation>STIX-Bundles (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting the STIX bundle</source>
        <translation>Das STIX-Bundle wird exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the labelled campaigns…</source>
        <translation>Die eingestuften Kampagnen werden gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was exported: %1.</source>
        <translation>Nichts wurde exportiert: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 campaigns (%2 STIX objects) to %3.</source>
        <translation>%1 Kampagnen (%2 STIX-Objekte) nach %3 exportiert.</translation>
    </message>
</context>
<context>
    <name>hl::PdfDeterminism</name>
    <message>
        <location filename="../views/charts/pdfdeterminism.cpp" line="+42"/>
        <location line="+24"/>
        <source>cannot rewrite the date in %1: %2</source>
        <translation>das Datum in %1 kann nicht umgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>hl::PivotChart</name>
    <message>
        <location filename="../views/charts/pivotchart.cpp" line="+50"/>
        <source>How fast cluster %1 moved to newly released models</source>
        <translation>Wie schnell Cluster %1 zu neu veröffentlichten Modellen wechselte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast the flagged campaigns moved to newly released models</source>
        <translation>Wie schnell die markierten Kampagnen zu neu veröffentlichten Modellen wechselten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of each group&apos;s exchanges that went to the new model after its release; %1 of %2 releases shown</source>
        <translation>Anteil der Anfragen jeder Gruppe an das neue Modell nach seiner Veröffentlichung; %1 von %2 Veröffentlichungen gezeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of each group&apos;s exchanges that went to the new model after its release</source>
        <translation>Anteil der Anfragen jeder Gruppe an das neue Modell nach seiner Veröffentlichung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged campaigns (weighted by their traffic)</source>
        <translation>Markierte Kampagnen (nach ihrem Datenverkehr gewichtet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole case</source>
        <translation>Ganzer Fall</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exchanges on the new model</source>
        <translation>Anfragen an das neue Modell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>72 h</source>
        <translation>72 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, released %2</source>
        <translation>%1, veröffentlicht %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>above 25% after %1 h%2</source>
        <translation>über 25% nach %1 h%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, flagged</source>
        <translation>, markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never above 25% in 14 days</source>
        <translation>in 14 Tagen nie über 25%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no flagged campaign</source>
        <translation>keine markierte Kampagne</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n flagged campaign(s)</source>
        <translation>
            <numerusform>%n markierte Kampagne</numerusform>
            <numerusform>%n markierte Kampagnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hl::RecordReader</name>
    <message>
        <location filename="../model/io/recordreader.cpp" line="+88"/>
        <source>a record is longer than 64 MiB</source>
        <translation>Ein Datensatz ist länger als 64 MiB</translation>
    </message>
</context>
<context>
    <name>hl::ReviewPanel</name>
    <message>
        <location filename="../views/labels/reviewpanel.cpp" line="+26"/>
        <source>Cluster %1 · %L2 accounts · risk %3</source>
        <translation>Cluster %1 · %L2 Konten · Risiko %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The classifier is least sure about it (risk near 0.5): its label teaches the most.</source>
        <translation>Hier ist sich der Klassifikator am wenigsten sicher (Risiko nahe 0,5): Seine Bewertung lehrt am meisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The classifier is unsure about it; among such clusters it is one of the largest.</source>
        <translation>Der Klassifikator ist unsicher; unter solchen Clustern ist er einer der größten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The classifier is fairly sure about it; the more uncertain clusters are labelled.</source>
        <translation>Der Klassifikator ist sich recht sicher; die unsichereren Cluster sind bewertet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Advance after labelling</source>
        <translation>Nach dem Bewerten &amp;weiter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Then:</source>
        <translation>Danach:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 of %2 labelled</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No clusters to review: analyse the case, or widen the table&apos;s filter.</source>
        <translation>Keine Cluster zu prüfen: Analysieren Sie den Fall oder lockern Sie den Filter der Tabelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distillation %L1 · benign %L2 · unsure %L3</source>
        <translation>Destillation %L1 · harmlos %L2 · unsicher %L3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · skipped %L1</source>
        <translation> · übersprungen %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The queue holds the clusters the campaigns table lists.</source>
        <translation>Die Warteschlange enthält die Cluster, die die Kampagnentabelle zeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Labelled. N goes to the next cluster.</source>
        <translation>Bewertet. N geht zum nächsten Cluster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Every cluster in the queue is labelled.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jeder Cluster in der Warteschlange ist bewertet.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press N to show the next cluster to label; D, B and U label it, S skips it.</source>
        <translation>N zeigt den nächsten zu bewertenden Cluster; D, B und U bewerten ihn, S überspringt ihn.</translation>
    </message>
</context>
<context>
    <name>hl::Risk</name>
    <message>
        <location filename="../model/analysis/risk.cpp" line="+48"/>
        <source>%1 of the traffic uses prompt templates shared across the %2 accounts (%3 on its 100 most used templates)</source>
        <translation>%1 des Datenverkehrs nutzt Prompt-Vorlagen, die sich die %2 Konten teilen (%3 auf seine 100 meistgenutzten Vorlagen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>synchronised bursts: %1 of the traffic falls in the busiest 1% of minutes</source>
        <translation>synchrone Lastspitzen: %1 des Datenverkehrs fällt in das verkehrsreichste 1% der Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active round the clock, weekends included (quietest 8 hours carry %1 of a flat day&apos;s share)</source>
        <translation>rund um die Uhr aktiv, auch am Wochenende (die ruhigsten 8 Stunden tragen %1 ihres Anteils bei gleichmäßiger Verteilung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers %1 times longer than the prompts (harvesting outputs)</source>
        <translation>Antworten %1-mal länger als die Prompts (Abschöpfen von Ausgaben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the traffic on one capability</source>
        <translation>%1 des Datenverkehrs auf einer einzigen Fähigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the accounts were created within 6 hours</source>
        <translation>%1 der Konten wurden innerhalb von 6 Stunden angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 accounts share %2 payment cards, devices, phones or API keys</source>
        <translation>%1 Konten teilen sich %2 Zahlungskarten, Geräte, Telefonnummern oder API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 signed up through education, research or start-up programmes</source>
        <translation>%1 über Bildungs-, Forschungs- oder Start-up-Programme registriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the traffic comes through anonymising proxies</source>
        <translation>%1 des Datenverkehrs kommt über anonymisierende Proxys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 linked infrastructure values were reported by partners</source>
        <translation>%1 verknüpfte Infrastrukturwerte wurden von Partnern gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upstream classifier scores average %1</source>
        <translation>Scores vorgelagerter Klassifikatoren im Mittel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the accounts are already suspended or banned</source>
        <translation>%1 der Konten sind bereits gesperrt oder verbannt</translation>
    </message>
</context>
<context>
    <name>hl::RiskChart</name>
    <message>
        <location filename="../views/charts/riskchart.cpp" line="+27"/>
        <source>Cluster risk: %1 clusters of %2 or more accounts</source>
        <translation>Clusterrisiko: %1 Cluster mit %2 oder mehr Konten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 flagged (risk at least %2 and %3 or more accounts) · %4 labelled</source>
        <translation>%1 markiert (Risiko mindestens %2 und %3 oder mehr Konten) · %4 bewertet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · %1 smaller clusters not shown</source>
        <translation> · %1 kleinere Cluster nicht gezeigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labelled distillation</source>
        <translation>Bewertet: Destillation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labelled benign</source>
        <translation>Bewertet: harmlos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labelled unsure</source>
        <translation>Bewertet: unsicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not labelled</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Risk (0 = no sign of a campaign, 1 = certain)</source>
        <translation>Risiko (0 = kein Anzeichen einer Kampagne, 1 = sicher)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>flagged → (risk ≥ %1)</source>
        <translation>markiert → (Risiko ≥ %1)</translation>
    </message>
</context>
<context>
    <name>hl::StixExport</name>
    <message>
        <location filename="../model/stix/stixexport.cpp" line="+19"/>
        <source>unknown TLP level &apos;%1&apos; (use clear, green, amber or red)</source>
        <translation>unbekannte TLP-Stufe „%1“ (clear, green, amber oder red angeben)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the producer&apos;s name is empty (give --producer NAME)</source>
        <translation>der Name des Erstellers ist leer (--producer NAME angeben)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot write %1: %2 (choose another file or folder)</source>
        <translation>%1 lässt sich nicht schreiben: %2 (eine andere Datei oder einen anderen Ordner wählen)</translation>
    </message>
</context>
<context>
    <name>hl::StixImport</name>
    <message>
        <location filename="../model/stix/stiximport.cpp" line="+28"/>
        <location line="+246"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (older version)</source>
        <translation>%1 (ältere Version)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>autonomous-system (context; an AS counts only in an indicator&apos;s pattern)</source>
        <translation>autonomous-system (Kontext; ein AS zählt nur im Muster eines Indikators)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pattern type %1, not stix</source>
        <translation>Mustertyp %1, nicht stix</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 without a usable value</source>
        <translation>%1 ohne verwendbaren Wert</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: line %2, column %3: %4; the file is not valid JSON</source>
        <translation>%1: Zeile %2, Spalte %3: %4; die Datei ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a STIX bundle: the file holds %2, not an object with &quot;type&quot;: &quot;bundle&quot;</source>
        <translation>%1: kein STIX-Bundle: die Datei enthält %2, kein Objekt mit &quot;type&quot;: &quot;bundle&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a STIX bundle: type is &quot;%2&quot; (a bundle has &quot;type&quot;: &quot;bundle&quot; and its objects in &quot;objects&quot;; wrap a single object in a bundle)</source>
        <translation>%1: kein STIX-Bundle: type ist &quot;%2&quot; (ein Bundle hat &quot;type&quot;: &quot;bundle&quot; und seine Objekte in &quot;objects&quot;; ein einzelnes Objekt in ein Bundle packen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not a STIX bundle: it has no &quot;type&quot;: &quot;bundle&quot;</source>
        <translation>%1: kein STIX-Bundle: es fehlt &quot;type&quot;: &quot;bundle&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a STIX bundle: its id &quot;%2&quot; is not &quot;bundle--&quot; and a UUID</source>
        <translation>%1: kein STIX-Bundle: seine ID &quot;%2&quot; ist nicht &quot;bundle--&quot; mit einer UUID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;objects&quot; is %2, not an array of STIX objects</source>
        <translation>%1: &quot;objects&quot; ist %2, kein Array von STIX-Objekten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: objects[%2] is not a STIX object (it needs a &quot;type&quot; and an &quot;id&quot; such as &quot;indicator--&quot; and a UUID)</source>
        <translation>%1: objects[%2] ist kein STIX-Objekt (es braucht &quot;type&quot; und eine &quot;id&quot; wie &quot;indicator--&quot; mit einer UUID)</translation>
    </message>
</context>
<context>
    <name>hl::StixPattern</name>
    <message>
        <location filename="../model/stix/stixpattern.cpp" line="+54"/>
        <source>a string literal is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a lone &apos;!&apos; is not an operator</source>
        <translation>ein einzelnes „!“ ist kein Operator</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>unerwartetes Zeichen „%1“ an Position %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>not a STIX pattern (it does not start with &apos;[&apos;)</source>
        <translation>kein STIX-Muster (es beginnt nicht mit „[“)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the pattern negates or bounds %1 (%2)</source>
        <translation>das Muster verneint oder begrenzt %1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the pattern needs several conditions at once (%1)</source>
        <translation>das Muster verlangt mehrere Bedingungen zugleich (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no =, IN or ISSUBSET test of an IP, domain, e-mail address or AS number</source>
        <translation>kein Test mit =, IN oder ISSUBSET auf eine IP, Domain, E-Mail-Adresse oder AS-Nummer</translation>
    </message>
</context>
<context>
    <name>hl::TimelineChart</name>
    <message>
        <location filename="../views/timeline/timelinechart.cpp" line="+58"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Exchanges per hour</source>
        <translation>Anfragen pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges per week</source>
        <translation>Anfragen pro Woche</translation>
    </message>
</context>
<context>
    <name>hl::TimelineModel</name>
    <message>
        <location filename="../views/timeline/timelinemodel.cpp" line="+51"/>
        <source>No case is open: open a case file to see its timeline.</source>
        <translation>Kein Fall geöffnet: Öffnen Sie eine Falldatei, um ihre Zeitachse zu sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the timeline from %1: %2</source>
        <translation>Die Zeitachse konnte nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 other models</source>
        <translation>%1 weitere Modelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 other capabilities</source>
        <translation>%1 weitere Fähigkeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown model</source>
        <translation>unbekanntes Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>capability not given</source>
        <translation>Fähigkeit nicht angegeben</translation>
    </message>
</context>
<context>
    <name>hl::TimelineOverlay</name>
    <message>
        <location filename="../views/timeline/timelineoverlay.cpp" line="+124"/>
        <source>cluster %1 → %2, +%3 h</source>
        <translation>Cluster %1 → %2, +%3 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster %1 → %2, first day</source>
        <translation>Cluster %1 → %2, erster Tag</translation>
    </message>
</context>
<context>
    <name>hl::TimelinePicture</name>
    <message>
        <location filename="../views/timeline/timelinepicture.cpp" line="+27"/>
        <source>exchanges per hour</source>
        <translation>Anfragen pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchanges per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchanges per week</source>
        <translation>Anfragen pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, by model</source>
        <translation>%1: %2, nach Modell</translation>
    </message>
</context>
<context>
    <name>hl::TimelineView</name>
    <message>
        <location filename="../views/timeline/timelineview.cpp" line="+41"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+154"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack the exchanges by model</source>
        <translation>Anfragen nach Modell stapeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By capability</source>
        <translation>Nach Fähigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack the exchanges by capability (reasoning, coding, …)</source>
        <translation>Anfragen nach Fähigkeit stapeln (reasoning, coding, …)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show the whole time range again</source>
        <translation>Wieder den ganzen Zeitraum zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the chart at slide size (1920×1080) as PNG, SVG or PDF</source>
        <translation>Das Diagramm in Foliengröße (1920×1080) als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear brush</source>
        <translation>Markierung aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the clusters of every time again (Shift+drag across the chart brushes a time range)</source>
        <translation>Wieder die Cluster aller Zeiten auflisten (Umschalt+Ziehen über das Diagramm markiert einen Zeitraum)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whole case</source>
        <translation>Ganzer Fall</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>exchanges per hour</source>
        <translation>Anfragen pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchanges per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchanges per week</source>
        <translation>Anfragen pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by model</source>
        <translation>nach Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by capability</source>
        <translation>nach Fähigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Timeline: %1</source>
        <translation>Zeitachse: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a case to see its exchanges over time.</source>
        <translation>Öffnen Sie einen Fall, um seine Anfragen im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exchanges to show for this selection.</source>
        <translation>Für diese Auswahl gibt es keine Anfragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exchanges over %2. Drag across the chart to zoom in.</source>
        <translation>%1 Anfragen, Zeitraum: %2. Zum Vergrößern mit der Maus über das Diagramm ziehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Export the timeline</source>
        <translation>Zeitachse exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot export the timeline to %1: the file name must end in .png, .svg or .pdf.</source>
        <translation>Die Zeitachse kann nicht nach %1 exportiert werden: Der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export the timeline at %1×%2 pixels: use at least 100×100 (a slide is 1920×1080).</source>
        <translation>Die Zeitachse kann nicht mit %1×%2 Pixeln exportiert werden: Verwenden Sie mindestens 100×100 (eine Folie hat 1920×1080).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is nothing to export yet: the timeline is empty.</source>
        <translation>Noch gibt es nichts zu exportieren: Die Zeitachse ist leer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>HydraLens timeline</source>
        <translation>HydraLens-Zeitachse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>HydraLens</source>
        <translation>HydraLens</translation>
    </message>
</context>
<context>
    <name>hl::Training</name>
    <message>
        <location filename="../model/training/logistic.cpp" line="+156"/>
        <source>the stored classifier is not a logistic regression this version can read</source>
        <translation>der gespeicherte Klassifikator ist keine logistische Regression, die diese Version lesen kann</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the training rows hold only one class; label both distillation and benign clusters</source>
        <translation>die Trainingszeilen enthalten nur eine Klasse; bewerten Sie Cluster als Destillation und als harmlos</translation>
    </message>
</context>
<context>
    <name>hl::TrainingPanel</name>
    <message>
        <location filename="../views/labels/trainingpanel.cpp" line="+57"/>
        <source>Test split</source>
        <translation>Testteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trained (UTC)</source>
        <translation>Trainiert (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labelled rows</source>
        <translation>Bewertete Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Largest risk moves (Enter or double-click shows the cluster):</source>
        <translation>Größte Risikoänderungen (Eingabe oder Doppelklick zeigt den Cluster):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score history:</source>
        <translation>Score-Verlauf:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read the training history: %1</source>
        <translation>Der Trainingsverlauf lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No classifier trained yet. Label clusters of both kinds (distillation and benign), then train (Ctrl+T): HydraLens fits a classifier on the labelled accounts, measures it on accounts it never saw, and re-ranks every cluster&apos;s risk.</source>
        <translation>Noch kein Klassifikator trainiert. Bewerten Sie Cluster beider Arten (Destillation und harmlos) und trainieren Sie dann (Strg+T): HydraLens passt einen Klassifikator an die bewerteten Konten an, misst ihn an Konten, die er nie gesehen hat, und stuft das Risiko aller Cluster neu ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Classifier %1&lt;/b&gt;, trained %2 on %L3 labelled accounts; tested on %L4 accounts (%L5 distillation) of clusters it never saw.</source>
        <translation>&lt;b&gt;Klassifikator %1&lt;/b&gt;, trainiert %2 an %L3 bewerteten Konten; getestet an %L4 Konten (%L5 Destillation) aus Clustern, die er nie gesehen hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retrained %1</source>
        <translation>Neu trainiert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream score</source>
        <translation>Score aus der Erkennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules (cluster risk)</source>
        <translation>Regeln (Cluster-Risiko)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cluster %1: risk %2 → %3</source>
        <translation>Cluster %1: Risiko %2 → %3</translation>
    </message>
</context>
</TS>
