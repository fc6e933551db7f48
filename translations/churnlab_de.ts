<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
    <context>
        <name>AnalysisDocument</name>
        <message>
            <source>Change threshold and costs</source>
            <translation>Schwelle und Kosten ändern</translation>
        </message>
        <message>
            <source>Remove model “%1”</source>
            <translation>Modell „%1“ entfernen</translation>
        </message>
        <message>
            <source>query on %1</source>
            <translation>Abfrage auf %1</translation>
        </message>
    </context>
    <context>
        <name>AutoMlDialog</name>
        <message>
            <source>AutoML</source>
            <translation>AutoML</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>How long the search may take, final fits included</source>
            <translation>Wie lange die Suche dauern darf, die abschließenden Anpassungen eingeschlossen</translation>
        </message>
        <message>
            <source>Time &amp;budget:</source>
            <translation>Zeit&amp;budget:</translation>
        </message>
        <message>
            <source>What the search maximises (AUC) or minimises (log loss, expected cost at the best threshold with the Threshold panel's costs)</source>
            <translation>Was die Suche maximiert (AUC) oder minimiert (Log-Loss, erwartete Kosten an der besten Schwelle mit den Kosten des Schwellen-Bereichs)</translation>
        </message>
        <message>
            <source>&amp;Optimise:</source>
            <translation>&amp;Optimieren:</translation>
        </message>
        <message>
            <source>Try a soft-voting &amp;ensemble of the best three learners</source>
            <translation>Ein Soft-Voting-&amp;Ensemble der drei besten Lernverfahren versuchen</translation>
        </message>
        <message>
            <source>Kept only if it beats the best single model on validation</source>
            <translation>Nur behalten, wenn es das beste Einzelmodell auf der Validierung schlägt</translation>
        </message>
        <message>
            <source>Every learner at its defaults first, then successive-halving brackets of sampled settings, judged on rows split from the training rows; the test rows stay untouched.</source>
            <translation>Zuerst jedes Lernverfahren mit seinen Standardwerten, dann Successive-Halving-Runden mit gezogenen Einstellungen, bewertet auf Zeilen aus den Trainingszeilen; die Testzeilen bleiben unberührt.</translation>
        </message>
        <message>
            <source>Best so far</source>
            <translation>Bisher am besten</translation>
        </message>
        <message>
            <source>Trials on all rows</source>
            <translation>Versuche auf allen Zeilen</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Every trial: the model, how many rows it was fitted on (successive halving starts small), its validation value and its settings</source>
            <translation>Jeder Versuch: das Modell, auf wie vielen Zeilen es angepasst wurde (Successive Halving beginnt klein), sein Validierungswert und seine Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>Cancel Search</source>
            <translation>Suche abbrechen</translation>
        </message>
        <message>
            <source>Stop now and keep the best model found so far</source>
            <translation>Jetzt anhalten und das bisher beste Modell behalten</translation>
        </message>
        <message>
            <source>AutoML failed: %1</source>
            <translation>AutoML fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message numerus="yes">
            <source>%n trial(s) in %1 s of %2 s.</source>
            <translation>
                <numerusform>%n Versuch in %1 s von %2 s.</numerusform>
                <numerusform>%n Versuche in %1 s von %2 s.</numerusform>
            </translation>
        </message>
        <message>
            <source>Best %1 %2 (%3).</source>
            <translation>Beste %1 %2 (%3).</translation>
        </message>
        <message>
            <source>Cancelled: the best model found so far was kept.</source>
            <translation>Abgebrochen: das bisher beste Modell wurde behalten.</translation>
        </message>
        <message>
            <source>%1: test ROC AUC %2, PR AUC %3 — on the leaderboard.</source>
            <translation>%1: Test-ROC-AUC %2, PR-AUC %3 — in der Rangliste.</translation>
        </message>
        <message>
            <source>The ensemble of %1 (%2 on validation) did not beat the best model and was dropped.</source>
            <translation>Das Ensemble aus %1 (%2 auf der Validierung) schlug das beste Modell nicht und wurde verworfen.</translation>
        </message>
    </context>
    <context>
        <name>CanvasBlockEditor</name>
        <message>
            <source>Fill</source>
            <translation>Füllen</translation>
        </message>
        <message>
            <source>Fill this block with the project's facts; your notes stay as they are</source>
            <translation>Diesen Block mit den Fakten des Projekts füllen; Ihre Notizen bleiben, wie sie sind</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>„%1“ bearbeiten</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source> (out of date)</source>
            <translation> (veraltet)</translation>
        </message>
        <message>
            <source>Filled from the project</source>
            <translation>Aus dem Projekt gefüllt</translation>
        </message>
        <message>
            <source>The project has changed since these facts were filled; press Update</source>
            <translation>Das Projekt hat sich geändert, seit diese Fakten gefüllt wurden; drücken Sie Aktualisieren</translation>
        </message>
    </context>
    <context>
        <name>CanvasPainter</name>
        <message>
            <source> (out of date)</source>
            <translation> (veraltet)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>ML Canvas — %1</source>
            <translation>ML Canvas — %1</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>das Bild konnte nicht kodiert werden</translation>
        </message>
    </context>
    <context>
        <name>CanvasPanel</name>
        <message>
            <source>Fill &amp;All Facts</source>
            <translation>&amp;Alle Fakten füllen</translation>
        </message>
        <message>
            <source>Fill every block the project has facts for; your own notes are kept</source>
            <translation>Jeden Block füllen, für den das Projekt Fakten hat; Ihre eigenen Notizen bleiben erhalten</translation>
        </message>
        <message>
            <source>Export Canvas…</source>
            <translation>Canvas exportieren…</translation>
        </message>
        <message>
            <source>Save the canvas as a one-page landscape PDF or PNG</source>
            <translation>Das Canvas als einseitiges PDF im Querformat oder als PNG speichern</translation>
        </message>
        <message>
            <source>Fill “%1”</source>
            <translation>„%1“ füllen</translation>
        </message>
        <message>
            <source>Fill all facts</source>
            <translation>Alle Fakten füllen</translation>
        </message>
        <message>
            <source>Plan the project here; facts from the data and the models fill in with one click.</source>
            <translation>Planen Sie hier das Projekt; Fakten aus den Daten und Modellen werden mit einem Klick eingefüllt.</translation>
        </message>
        <message numerus="yes">
            <source>%n block(s) show facts that are out of date: press Update in each, or Fill All Facts.</source>
            <translation>
                <numerusform>%n Block zeigt veraltete Fakten: drücken Sie dort Aktualisieren oder Alle Fakten füllen.</numerusform>
                <numerusform>%n Blöcke zeigen veraltete Fakten: drücken Sie in jedem Aktualisieren oder Alle Fakten füllen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartBuilder</name>
        <message>
            <source>%1 by churn</source>
            <translation>%1 nach Abwanderung</translation>
        </message>
        <message>
            <source>Counts of %1</source>
            <translation>Häufigkeiten von %1</translation>
        </message>
        <message>
            <source>Distribution of %1</source>
            <translation>Verteilung von %1</translation>
        </message>
        <message>
            <source>Stayed</source>
            <translation>Geblieben</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Churned</source>
            <translation>Abgewandert</translation>
        </message>
        <message>
            <source>%1: %2 rows</source>
            <translation>%1: %2 Zeilen</translation>
        </message>
        <message>
            <source>, %1 churned (%2 %)</source>
            <translation>, %1 abgewandert (%2 %)</translation>
        </message>
        <message>
            <source>Churn rate</source>
            <translation>Abwanderungsrate</translation>
        </message>
        <message>
            <source>Churn rate (%)</source>
            <translation>Abwanderungsrate (%)</translation>
        </message>
        <message>
            <source> (%1 missing not shown)</source>
            <translation> (%1 fehlende nicht gezeigt)</translation>
        </message>
        <message>
            <source>Spread of %1</source>
            <translation>Streuung von %1</translation>
        </message>
        <message>
            <source>%1 (n = %2)</source>
            <translation>%1 (n = %2)</translation>
        </message>
        <message>
            <source>Outliers</source>
            <translation>Ausreißer</translation>
        </message>
        <message>
            <source>%1: median %2, quartiles %3 – %4, whiskers %5 – %6, %7 outliers</source>
            <translation>%1: Median %2, Quartile %3 – %4, Whisker %5 – %6, %7 Ausreißer</translation>
        </message>
        <message>
            <source>%1 against %2</source>
            <translation>%1 gegen %2</translation>
        </message>
        <message>
            <source> (random sample of %1 of %2 rows)</source>
            <translation> (Zufallsstichprobe von %1 aus %2 Zeilen)</translation>
        </message>
        <message>
            <source>What goes with %1: AUC of each column alone</source>
            <translation>Was mit %1 zusammenhängt: AUC jeder Spalte allein</translation>
        </message>
        <message>
            <source>AUC (0.5 = no signal)</source>
            <translation>AUC (0,5 = kein Signal)</translation>
        </message>
        <message>
            <source>ROC AUC of the column alone</source>
            <translation>ROC-AUC der Spalte allein</translation>
        </message>
        <message>
            <source>%1: AUC %2</source>
            <translation>%1: AUC %2</translation>
        </message>
        <message>
            <source>, Cramér's V %1</source>
            <translation>, Cramérs V %1</translation>
        </message>
        <message>
            <source>%1 (%2 levels)</source>
            <translation>%1 (%2 Stufen)</translation>
        </message>
        <message>
            <source>
%1 levels, %2 rows each; scored out of fold (in-sample AUC %3)</source>
            <translation>
%1 Stufen, je %2 Zeilen; außerhalb der Faltung bewertet (AUC in der Stichprobe %3)</translation>
        </message>
    </context>
    <context>
        <name>ChartExport</name>
        <message>
            <source>Cannot save the chart to %1: %2</source>
            <translation>Das Diagramm kann nicht in %1 gespeichert werden: %2</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>das Bild konnte nicht kodiert werden</translation>
        </message>
        <message>
            <source>use a file name ending in .png or .svg</source>
            <translation>verwenden Sie einen Dateinamen mit der Endung .png oder .svg</translation>
        </message>
    </context>
    <context>
        <name>CorrelationHeatmap</name>
        <message>
            <source>Spearman rank correlation</source>
            <translation>Spearman-Rangkorrelation</translation>
        </message>
        <message>
            <source>Pearson correlation</source>
            <translation>Pearson-Korrelation</translation>
        </message>
        <message>
            <source>No numeric columns to correlate</source>
            <translation>Keine numerischen Spalten zum Korrelieren</translation>
        </message>
        <message>
            <source>%1 × %2: %3</source>
            <translation>%1 × %2: %3</translation>
        </message>
    </context>
    <context>
        <name>DataTableModel</name>
        <message>
            <source>Missing value</source>
            <translation>Fehlender Wert</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %n missing</source>
            <translation>
                <numerusform>%1 — %2, %n fehlender Wert</numerusform>
                <numerusform>%1 — %2, %n fehlende Werte</numerusform>
            </translation>
        </message>
        <message>
            <source>%1
%2 missing</source>
            <translation>%1
%2 fehlen</translation>
        </message>
    </context>
    <context>
        <name>ExplainCharts</name>
        <message>
            <source>%1: churn probability %2 — %3 on the %4</source>
            <translation>%1: Abwanderungswahrscheinlichkeit %2 — %3 auf der Skala %4</translation>
        </message>
        <message numerus="yes">
            <source>%n other(s)</source>
            <translation>
                <numerusform>%n weitere</numerusform>
                <numerusform>%n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Log-odds</source>
            <translation>Log-Odds</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <source>Expected %1</source>
            <translation>Erwartet %1</translation>
        </message>
        <message>
            <source>This customer %1</source>
            <translation>Dieser Kunde %1</translation>
        </message>
        <message>
            <source>%1: mean |SHAP| per column (%2)</source>
            <translation>%1: mittleres |SHAP| je Spalte (%2)</translation>
        </message>
        <message>
            <source>Mean |contribution|</source>
            <translation>Mittlerer |Beitrag|</translation>
        </message>
        <message>
            <source>SHAP dependence: %1</source>
            <translation>SHAP-Abhängigkeit: %1</translation>
        </message>
        <message>
            <source>Towards churn</source>
            <translation>Richtung Abwanderung</translation>
        </message>
        <message>
            <source>Away from churn</source>
            <translation>Weg von der Abwanderung</translation>
        </message>
        <message>
            <source>Contribution (log-odds)</source>
            <translation>Beitrag (Log-Odds)</translation>
        </message>
        <message>
            <source>Contribution (probability)</source>
            <translation>Beitrag (Wahrscheinlichkeit)</translation>
        </message>
        <message numerus="yes">
            <source>Partial dependence: %1 (with %n customer(s)' ICE curves)</source>
            <translation>
                <numerusform>Partielle Abhängigkeit: %1 (mit der ICE-Kurve von %n Kunden)</numerusform>
                <numerusform>Partielle Abhängigkeit: %1 (mit den ICE-Kurven von %n Kunden)</numerusform>
            </translation>
        </message>
        <message>
            <source>Average (partial dependence)</source>
            <translation>Mittel (partielle Abhängigkeit)</translation>
        </message>
        <message>
            <source>Probability of churn</source>
            <translation>Abwanderungswahrscheinlichkeit</translation>
        </message>
        <message>
            <source>%1: mean |SHAP| was not measured when it was trained (exact values for deep trees take long); the Explain tab measures it on a sample</source>
            <translation>%1: das mittlere |SHAP| wurde beim Training nicht gemessen (exakte Werte für tiefe Bäume dauern lange); der Reiter Erklären misst es auf einer Stichprobe</translation>
        </message>
        <message>
            <source>Toward churn</source>
            <translation>Hin zur Abwanderung</translation>
        </message>
        <message>
            <source>(missing)</source>
            <translation>(fehlend)</translation>
        </message>
    </context>
    <context>
        <name>ExplainPanel</name>
        <message>
            <source>Train a model on the Model tab to see why it scores each customer as it does.</source>
            <translation>Trainieren Sie ein Modell im Reiter Modell, um zu sehen, warum es jeden Kunden so bewertet.</translation>
        </message>
        <message>
            <source>Find a customer…</source>
            <translation>Kunden suchen…</translation>
        </message>
        <message>
            <source>Show the customers whose ID contains this text</source>
            <translation>Die Kunden zeigen, deren ID diesen Text enthält</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <source>Churned</source>
            <translation>Abgewandert</translation>
        </message>
        <message>
            <source>The test rows, highest churn probability first; select one to see why</source>
            <translation>Die Testzeilen, höchste Abwanderungswahrscheinlichkeit zuerst; eine auswählen, um den Grund zu sehen</translation>
        </message>
        <message>
            <source>Each column's contribution to this customer's score, largest first, from the average customer (expected) to this one</source>
            <translation>Der Beitrag jeder Spalte zur Bewertung dieses Kunden, der größte zuerst, vom durchschnittlichen Kunden (erwartet) zu diesem</translation>
        </message>
        <message>
            <source>&amp;Column:</source>
            <translation>&amp;Spalte:</translation>
        </message>
        <message>
            <source>The column the dependence and partial-dependence plots show</source>
            <translation>Die Spalte, die die Abhängigkeits- und partiellen Abhängigkeitsdiagramme zeigen</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Wichtigkeit</translation>
        </message>
        <message>
            <source>Dependence</source>
            <translation>Abhängigkeit</translation>
        </message>
        <message>
            <source>Partial dependence</source>
            <translation>Partielle Abhängigkeit</translation>
        </message>
        <message numerus="yes">
            <source>Explaining %n customer(s) with %1…</source>
            <translation>
                <numerusform>%n Kunde wird mit %1 erklärt…</numerusform>
                <numerusform>%n Kunden werden mit %1 erklärt…</numerusform>
            </translation>
        </message>
        <message>
            <source>No explanation: %1</source>
            <translation>Keine Erklärung: %1</translation>
        </message>
        <message>
            <source>These are estimates: each column's average effect over random orders of the columns, against a sample of training customers.</source>
            <translation>Dies sind Schätzungen: der mittlere Effekt jeder Spalte über zufällige Reihenfolgen der Spalten, gegen eine Stichprobe von Trainingskunden.</translation>
        </message>
        <message>
            <source>These are exact: they add up to the model's output.</source>
            <translation>Diese sind exakt: sie summieren sich zur Ausgabe des Modells.</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message numerus="yes">
            <source>Computed with %1 for %n customer(s) of %2, on the %3. %4</source>
            <translation>
                <numerusform>Berechnet mit %1 für %n Kunden aus %2, auf der Skala %3. %4</numerusform>
                <numerusform>Berechnet mit %1 für %n Kunden aus %2, auf der Skala %3. %4</numerusform>
            </translation>
        </message>
        <message>
            <source>the test rows</source>
            <translation>den Testzeilen</translation>
        </message>
    </context>
    <context>
        <name>ExplorePanel</name>
        <message>
            <source>Distribution</source>
            <translation>Verteilung</translation>
        </message>
        <message>
            <source>Box plot by class</source>
            <translation>Boxplot nach Klasse</translation>
        </message>
        <message>
            <source>Scatter plot</source>
            <translation>Streudiagramm</translation>
        </message>
        <message>
            <source>Correlation heat map</source>
            <translation>Korrelations-Heatmap</translation>
        </message>
        <message>
            <source>Association with the target</source>
            <translation>Zusammenhang mit der Zielspalte</translation>
        </message>
        <message>
            <source>Which chart to draw</source>
            <translation>Welches Diagramm gezeichnet wird</translation>
        </message>
        <message>
            <source>The column to plot (the x axis of a scatter plot)</source>
            <translation>Die darzustellende Spalte (die x-Achse eines Streudiagramms)</translation>
        </message>
        <message>
            <source>The y axis of the scatter plot</source>
            <translation>Die y-Achse des Streudiagramms</translation>
        </message>
        <message>
            <source>Pearson</source>
            <translation>Pearson</translation>
        </message>
        <message>
            <source>Spearman</source>
            <translation>Spearman</translation>
        </message>
        <message>
            <source>Pearson measures linear relation; Spearman any monotonic one</source>
            <translation>Pearson misst lineare Zusammenhänge, Spearman jeden monotonen</translation>
        </message>
        <message>
            <source>The churn column that splits and colours the charts</source>
            <translation>Die Abwanderungsspalte, die die Diagramme aufteilt und einfärbt</translation>
        </message>
        <message>
            <source>&amp;Y:</source>
            <translation>&amp;Y:</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Methode:</translation>
        </message>
        <message>
            <source>C&amp;hart:</source>
            <translation>&amp;Diagramm:</translation>
        </message>
        <message>
            <source>C&amp;olumn:</source>
            <translation>S&amp;palte:</translation>
        </message>
        <message>
            <source>&amp;Target:</source>
            <translation>&amp;Zielspalte:</translation>
        </message>
        <message>
            <source>Churned &amp;is:</source>
            <translation>Abgewandert &amp;ist:</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>Als &amp;PNG exportieren…</translation>
        </message>
        <message>
            <source>Export &amp;SVG…</source>
            <translation>Als &amp;SVG exportieren…</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image</source>
            <translation>Das Diagramm als PNG-Bild speichern</translation>
        </message>
        <message>
            <source>Save the chart as an SVG vector drawing</source>
            <translation>Das Diagramm als SVG-Vektorgrafik speichern</translation>
        </message>
        <message>
            <source>Copy the chart to the clipboard (Ctrl+Shift+C)</source>
            <translation>Das Diagramm in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Wird berechnet…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG-Grafiken (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
    </context>
    <context>
        <name>FairnessPanel</name>
        <message>
            <source>Train a model on the Model tab, then pick a sensitive column to compare how the model treats its groups.</source>
            <translation>Trainieren Sie ein Modell im Reiter Modell und wählen Sie dann eine sensible Spalte, um zu vergleichen, wie das Modell ihre Gruppen behandelt.</translation>
        </message>
        <message>
            <source>The column whose groups are compared (gender, senior citizen, an age band); it need not be one of the model's inputs</source>
            <translation>Die Spalte, deren Gruppen verglichen werden (Geschlecht, Senior, eine Altersgruppe); sie muss keine Eingabe des Modells sein</translation>
        </message>
        <message>
            <source>&amp;Sensitive column:</source>
            <translation>&amp;Sensible Spalte:</translation>
        </message>
        <message>
            <source>Equal-frequency bins for a numeric column with many values</source>
            <translation>Klassen gleicher Häufigkeit für eine numerische Spalte mit vielen Werten</translation>
        </message>
        <message>
            <source>or bin edges, e.g. 30, 45, 60</source>
            <translation>oder Klassengrenzen, z. B. 30, 45, 60</translation>
        </message>
        <message>
            <source>Bins [−∞, 30), [30, 45), [45, 60), [60, ∞) instead of quantiles</source>
            <translation>Klassen [−∞, 30), [30, 45), [45, 60), [60, ∞) statt Quantilen</translation>
        </message>
        <message>
            <source>Numbers in &amp;bins:</source>
            <translation>Zahlen in &amp;Klassen:</translation>
        </message>
        <message>
            <source>&amp;Equal Opportunity Thresholds</source>
            <translation>Schwellen für &amp;Chancengleichheit</translation>
        </message>
        <message>
            <source>A threshold per group that gives every group the true positive rate the single threshold gives everyone</source>
            <translation>Eine Schwelle je Gruppe, die jeder Gruppe die Richtig-Positiv-Rate gibt, die die eine Schwelle allen gibt</translation>
        </message>
        <message>
            <source>&amp;One Threshold</source>
            <translation>&amp;Eine Schwelle</translation>
        </message>
        <message>
            <source>Back to the model's single threshold for every group</source>
            <translation>Zurück zur einen Schwelle des Modells für jede Gruppe</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Churn rate</source>
            <translation>Abwanderungsrate</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>Markiert</translation>
        </message>
        <message>
            <source>TPR</source>
            <translation>TPR</translation>
        </message>
        <message>
            <source>FPR</source>
            <translation>FPR</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Präzision</translation>
        </message>
        <message>
            <source>AUC</source>
            <translation>AUC</translation>
        </message>
        <message>
            <source>Calibration error</source>
            <translation>Kalibrierungsfehler</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwelle</translation>
        </message>
        <message>
            <source>Per group at its threshold; double-click a threshold to change it</source>
            <translation>Je Gruppe an ihrer Schwelle; Doppelklick auf eine Schwelle ändert sie</translation>
        </message>
        <message>
            <source>Per group: the share flagged, the share of churners caught (TPR) and the share of stayers flagged (FPR)</source>
            <translation>Je Gruppe: der markierte Anteil, der Anteil erkannter Abwanderer (TPR) und der Anteil markierter Bleibender (FPR)</translation>
        </message>
        <message>
            <source>Bin edges: “%1” is not a number.</source>
            <translation>Klassengrenzen: „%1“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>Fewer than %1 customers: shown, but left out of the disparities</source>
            <translation>Weniger als %1 Kunden: angezeigt, aber nicht in den Disparitäten berücksichtigt</translation>
        </message>
        <message>
            <source>Expected cost per customer at these thresholds: %1 (costs %2 per false positive, %3 per false negative).</source>
            <translation>Erwartete Kosten je Kunde bei diesen Schwellen: %1 (Kosten %2 je falsch Positivem, %3 je falsch Negativem).</translation>
        </message>
        <message>
            <source>No input of the model is a strong proxy for “%1”.</source>
            <translation>Keine Eingabe des Modells ist ein starker Stellvertreter für „%1“.</translation>
        </message>
        <message>
            <source>%1 by %2 at the thresholds above</source>
            <translation>%1 nach %2 bei den Schwellen oben</translation>
        </message>
        <message numerus="yes">
            <source>Scoring %n row(s)…</source>
            <translation>
                <numerusform>%n Zeile wird bewertet…</numerusform>
                <numerusform>%n Zeilen werden bewertet…</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on %2, at threshold %3.</source>
            <translation>%1 auf %2, bei Schwelle %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>Groups with a threshold of their own (in the table) are judged at it, not at the analysis' threshold.</source>
            <translation>Gruppen mit eigener Schwelle (in der Tabelle) werden an dieser bewertet, nicht an der Schwelle der Analyse.</translation>
        </message>
        <message>
            <source>One group only: nothing to compare.</source>
            <translation>Nur eine Gruppe: nichts zu vergleichen.</translation>
        </message>
        <message>
            <source>Only one group has at least %1 customers: nothing to compare.</source>
            <translation>Nur eine Gruppe hat mindestens %1 Kunden: nichts zu vergleichen.</translation>
        </message>
    </context>
    <context>
        <name>FeatureConfigModel</name>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Feature</source>
            <translation>Merkmal</translation>
        </message>
        <message>
            <source>Ignored</source>
            <translation>Ignoriert</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>Most frequent</source>
            <translation>Häufigster Wert</translation>
        </message>
        <message>
            <source>Constant</source>
            <translation>Konstante</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standardisiert</translation>
        </message>
        <message>
            <source>Min-max</source>
            <translation>Min-Max</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>One-hot</source>
            <translation>One-Hot</translation>
        </message>
        <message>
            <source>Ordinal</source>
            <translation>Ordinal</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielrate</translation>
        </message>
        <message>
            <source>Left out of training: text, an ID, constant, too many categories, or ignored by you. Set the role to Feature to force it in.</source>
            <translation>Nicht im Training: Text, eine ID, konstant, zu viele Kategorien oder von Ihnen ignoriert. Setzen Sie die Rolle auf Merkmal, um sie einzubeziehen.</translation>
        </message>
        <message>
            <source>Constant %1</source>
            <translation>Konstante %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>customer ID</source>
            <translation>Kunden-ID</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>ausgelassen</translation>
        </message>
        <message numerus="yes">
            <source>%n feature(s)</source>
            <translation>
                <numerusform>%n Merkmal</numerusform>
                <numerusform>%n Merkmale</numerusform>
            </translation>
        </message>
        <message>
            <source>role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>imputation</source>
            <translation>Imputation</translation>
        </message>
        <message>
            <source>scaling</source>
            <translation>Skalierung</translation>
        </message>
        <message>
            <source>encoding</source>
            <translation>Kodierung</translation>
        </message>
        <message>
            <source>bins</source>
            <translation>Klassen</translation>
        </message>
        <message>
            <source>missing indicator</source>
            <translation>Fehlend-Indikator</translation>
        </message>
        <message>
            <source>log transform</source>
            <translation>Log-Transformation</translation>
        </message>
        <message>
            <source>Change %1 of “%2”</source>
            <translation>%1 von „%2“ ändern</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Imputation</source>
            <translation>Imputation</translation>
        </message>
        <message>
            <source>Missing flag</source>
            <translation>Fehlend-Flag</translation>
        </message>
        <message>
            <source>Scaling</source>
            <translation>Skalierung</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Bins</source>
            <translation>Klassen</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Kodierung</translation>
        </message>
        <message>
            <source>In the model</source>
            <translation>Im Modell</translation>
        </message>
        <message>
            <source>What replaces a missing number; fitted on the training rows only</source>
            <translation>Was eine fehlende Zahl ersetzt; nur auf den Trainingszeilen bestimmt</translation>
        </message>
        <message>
            <source>Add a 0/1 feature that marks missing values</source>
            <translation>Ein 0/1-Merkmal hinzufügen, das fehlende Werte markiert</translation>
        </message>
        <message>
            <source>Standard: zero mean, unit variance; Min-max: onto [0, 1]; None: raw values</source>
            <translation>Standardisiert: Mittelwert 0, Varianz 1; Min-Max: auf [0, 1]; Keine: Rohwerte</translation>
        </message>
        <message>
            <source>Signed log(1 + x), for long-tailed amounts</source>
            <translation>Vorzeichenbehaftetes log(1 + x), für langschwänzige Beträge</translation>
        </message>
        <message>
            <source>Cut into this many equal-frequency bins (0: keep the value)</source>
            <translation>In so viele gleich besetzte Klassen teilen (0: Wert behalten)</translation>
        </message>
        <message>
            <source>One-hot: a 0/1 feature per frequent level; Ordinal: levels numbered in natural order; Target: the level's smoothed churn rate, cross-fitted on the training rows</source>
            <translation>One-Hot: ein 0/1-Merkmal je häufiger Ausprägung; Ordinal: Ausprägungen in natürlicher Reihenfolge nummeriert; Zielrate: die geglättete Abwanderungsrate der Ausprägung, kreuzangepasst auf den Trainingszeilen</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Sensibel</translation>
        </message>
        <message>
            <source>sensitive: analysed for fairness</source>
            <translation>sensibel: auf Fairness geprüft</translation>
        </message>
        <message>
            <source>Automatic: ChurnLab decides (IDs, text and constant columns are left out); Feature: always use; Ignored: never use; ID: identifies the customer, never a feature; Sensitive: never a feature, but the fairness view compares its groups and the quality checks look for proxies of it</source>
            <translation>Automatisch: ChurnLab entscheidet (IDs, Text und konstante Spalten bleiben außen vor); Merkmal: immer verwenden; Ignoriert: nie verwenden; ID: kennzeichnet den Kunden, nie ein Merkmal; Sensibel: nie ein Merkmal, aber die Fairness-Ansicht vergleicht seine Gruppen und die Qualitätsprüfung sucht Stellvertreter dafür</translation>
        </message>
        <message>
            <source>Excluded (leakage)</source>
            <translation>Ausgeschlossen (Leakage)</translation>
        </message>
        <message>
            <source>Training leaves it out unless its role is Feature.</source>
            <translation>Das Training lässt sie weg, außer ihre Rolle ist Merkmal.</translation>
        </message>
        <message>
            <source>Training keeps it. Exclude it if it is recorded after the outcome.</source>
            <translation>Das Training behält sie. Schließen Sie sie aus, wenn sie nach dem Ergebnis erfasst wird.</translation>
        </message>
        <message>
            <source>⚠ leaks the outcome (AUC %1)</source>
            <translation>⚠ verrät das Ergebnis (AUC %1)</translation>
        </message>
        <message>
            <source>⚠ suspicious (AUC %1)</source>
            <translation>⚠ verdächtig (AUC %1)</translation>
        </message>
    </context>
    <context>
        <name>FeatureDelegate</name>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>FeaturePanel</name>
        <message>
            <source>Choose how each column enters the models. Everything is fitted on the training rows only.</source>
            <translation>Legen Sie fest, wie jede Spalte in die Modelle eingeht. Alles wird nur auf den Trainingszeilen angepasst.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Reset All</source>
            <translation>Alles zurücksetzen</translation>
        </message>
        <message>
            <source>Undo the last change here (Ctrl+Z)</source>
            <translation>Letzte Änderung hier rückgängig machen (Strg+Z)</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Wiederholen (Strg+Umschalt+Z)</translation>
        </message>
        <message>
            <source>Back to the automatic choices for every column (undoable)</source>
            <translation>Zurück zur automatischen Wahl für jede Spalte (rückgängig machbar)</translation>
        </message>
        <message>
            <source>Reset all columns</source>
            <translation>Alle Spalten zurücksetzen</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Preview: %1 features from %2 columns (%3 left out), fitted on the first %4 rows; the first %5 rows shown.</source>
            <translation>Vorschau: %1 Merkmale aus %2 Spalten (%3 ausgelassen), angepasst auf die ersten %4 Zeilen; die ersten %5 Zeilen werden gezeigt.</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>Load column choices saved before (JSON)</source>
            <translation>Früher gespeicherte Spaltenwahl laden (JSON)</translation>
        </message>
        <message>
            <source>Save these choices as JSON, for another session or for churnlab-cli train --features</source>
            <translation>Diese Wahl als JSON speichern, für eine andere Sitzung oder für churnlab-cli train --features</translation>
        </message>
        <message>
            <source>Save column choices</source>
            <translation>Spaltenwahl speichern</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Speichern fehlgeschlagen</translation>
        </message>
        <message>
            <source>Open column choices</source>
            <translation>Spaltenwahl öffnen</translation>
        </message>
        <message>
            <source>Could not open</source>
            <translation>Öffnen fehlgeschlagen</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Exclude All Flagged</source>
            <translation>Alle markierten ausschließen</translation>
        </message>
        <message>
            <source>Give every column the leakage check flagged (leaking or suspicious) the role Excluded (leakage), as one step</source>
            <translation>Allen Spalten, die die Leakage-Prüfung markiert hat (verratend oder verdächtig), in einem Schritt die Rolle Ausgeschlossen (Leakage) geben</translation>
        </message>
        <message>
            <source>Set Role</source>
            <translation>Rolle setzen</translation>
        </message>
        <message>
            <source>Give the selected rows one role, as one undoable step (select several with Ctrl or Shift)</source>
            <translation>Den ausgewählten Zeilen eine Rolle geben, als ein rückgängig machbarer Schritt (mehrere mit Strg oder Umschalt wählen)</translation>
        </message>
        <message>
            <source>Exclude all flagged columns</source>
            <translation>Alle markierten Spalten ausschließen</translation>
        </message>
        <message numerus="yes">
            <source>Set the role of %n column(s)</source>
            <translation>
                <numerusform>Rolle von %n Spalte setzen</numerusform>
                <numerusform>Rolle von %n Spalten setzen</numerusform>
            </translation>
        </message>
        <message>
            <source>Exclude leaking columns</source>
            <translation>Verratende Spalten ausschließen</translation>
        </message>
    </context>
    <context>
        <name>HttpConnection</name>
        <message>
            <source>The server is busy scoring other requests; try again shortly.</source>
            <translation>Der Server bewertet gerade andere Anfragen; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The request did not arrive within the time allowed.</source>
            <translation>Die Anfrage kam nicht in der erlaubten Zeit an.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import %1</source>
            <translation>%1 importieren</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Erkennen</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Komma ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>Semikolon ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>Pipe ( | )</source>
            <translation>Senkrechter Strich ( | )</translation>
        </message>
        <message>
            <source>The character that separates fields</source>
            <translation>Das Zeichen, das Felder trennt</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>&amp;Trennzeichen:</translation>
        </message>
        <message>
            <source>How the file's bytes encode text; detection reads byte order marks and checks UTF-8, else falls back to Windows-1252</source>
            <translation>Wie die Bytes der Datei Text kodieren; die Erkennung liest Byte-Order-Marks und prüft UTF-8, sonst gilt Windows-1252</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Kodierung:</translation>
        </message>
        <message>
            <source>First row holds column &amp;names</source>
            <translation>Erste Zeile enthält Spalten&amp;namen</translation>
        </message>
        <message>
            <source>Numbers use a decimal &amp;comma (1,5 = 1.5)</source>
            <translation>Zahlen verwenden ein Dezimal&amp;komma (1,5 = 1.5)</translation>
        </message>
        <message>
            <source>The first %1 rows; the first row sets each column's type</source>
            <translation>Die ersten %1 Zeilen; die erste Zeile legt den Typ jeder Spalte fest</translation>
        </message>
        <message>
            <source>&amp;Load</source>
            <translation>&amp;Laden</translation>
        </message>
        <message>
            <source>Cannot read this file: %1</source>
            <translation>Diese Datei kann nicht gelesen werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>Detected: delimiter %1, encoding %2%3, %n column(s)</source>
            <translation>
                <numerusform>Erkannt: Trennzeichen %1, Kodierung %2%3, %n Spalte</numerusform>
                <numerusform>Erkannt: Trennzeichen %1, Kodierung %2%3, %n Spalten</numerusform>
            </translation>
        </message>
        <message>
            <source> (guessed: the file is not valid UTF-8)</source>
            <translation> (geschätzt: die Datei ist kein gültiges UTF-8)</translation>
        </message>
        <message>
            <source>The workbook's sheets in order; hidden sheets are marked</source>
            <translation>Die Blätter der Arbeitsmappe in ihrer Reihenfolge; ausgeblendete sind markiert</translation>
        </message>
        <message>
            <source>%1 (hidden)</source>
            <translation>%1 (ausgeblendet)</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Blatt:</translation>
        </message>
        <message>
            <source>The line that holds the column names; lines above it (a title, a blank line, a “generated on” line) are skipped</source>
            <translation>Die Zeile mit den Spaltennamen; Zeilen darüber (ein Titel, eine Leerzeile, eine „erstellt am“-Zeile) werden übersprungen</translation>
        </message>
        <message>
            <source>&amp;Header on line:</source>
            <translation>&amp;Kopfzeile in Zeile:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Rows right below the header to leave out, such as a row that describes each column</source>
            <translation>Zeilen direkt unter der Kopfzeile, die ausgelassen werden, etwa eine Zeile, die jede Spalte beschreibt</translation>
        </message>
        <message>
            <source>S&amp;kip rows below the header:</source>
            <translation>Zeilen unter der Kopfzeile ü&amp;berspringen:</translation>
        </message>
        <message>
            <source>Comma (1,234.50)</source>
            <translation>Komma (1,234.50)</translation>
        </message>
        <message>
            <source>Dot (1.234,50)</source>
            <translation>Punkt (1.234,50)</translation>
        </message>
        <message>
            <source>Apostrophe (1'234.50)</source>
            <translation>Apostroph (1'234.50)</translation>
        </message>
        <message>
            <source>Off by default: values grouped exactly as numbers are then read as numbers</source>
            <translation>Standardmäßig aus: genau wie Zahlen gruppierte Werte werden dann als Zahlen gelesen</translation>
        </message>
        <message>
            <source>&amp;Thousands separator:</source>
            <translation>&amp;Tausendertrennzeichen:</translation>
        </message>
        <message>
            <source>more, comma-separated: unknown, -</source>
            <translation>weitere, durch Kommas getrennt: unbekannt, -</translation>
        </message>
        <message>
            <source>Texts that also mean “no value”</source>
            <translation>Texte, die ebenfalls „kein Wert“ bedeuten</translation>
        </message>
        <message>
            <source>and the &amp;defaults</source>
            <translation>und die &amp;Standardwerte</translation>
        </message>
        <message>
            <source>&amp;Missing values:</source>
            <translation>&amp;Fehlende Werte:</translation>
        </message>
        <message>
            <source>S&amp;kip It</source>
            <translation>Ü&amp;berspringen</translation>
        </message>
        <message numerus="yes">
            <source>The first %n row(s) under the header hold text in %1 columns that otherwise hold numbers: a description of the columns?</source>
            <translation>
                <numerusform>Die erste Zeile unter der Kopfzeile enthält Text in %1 Spalten, die sonst Zahlen enthalten: eine Beschreibung der Spalten?</numerusform>
                <numerusform>Die ersten %n Zeilen unter der Kopfzeile enthalten Text in %1 Spalten, die sonst Zahlen enthalten: eine Beschreibung der Spalten?</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” × %2</source>
            <translation>„%1“ × %2</translation>
        </message>
        <message>
            <source>Read as missing in these rows: %1</source>
            <translation>In diesen Zeilen als fehlend gelesen: %1</translation>
        </message>
        <message numerus="yes">
            <source>Sheet “%1”: %n column(s); types come from the cells and their number formats</source>
            <translation>
                <numerusform>Blatt „%1“: %n Spalte; die Typen kommen aus den Zellen und ihren Zahlenformaten</numerusform>
                <numerusform>Blatt „%1“: %n Spalten; die Typen kommen aus den Zellen und ihren Zahlenformaten</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” holds numbers grouped with “%2” as the thousands separator: read them as numbers?</source>
            <translation>„%1“ enthält Zahlen, die mit „%2“ als Tausendertrennzeichen gruppiert sind: als Zahlen lesen?</translation>
        </message>
        <message>
            <source>&amp;Read as Numbers</source>
            <translation>Als Zahlen &amp;lesen</translation>
        </message>
        <message>
            <source>%1
%2 of %3 missing</source>
            <translation>%1
%2 von %3 fehlen</translation>
        </message>
    </context>
    <context>
        <name>LeaderboardModel</name>
        <message>
            <source>Queued</source>
            <translation>In Warteschlange</translation>
        </message>
        <message>
            <source>Training %1 %</source>
            <translation>Training %1 %</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>On the pooled out-of-fold scores; per fold %1 ± %2 over %3 folds</source>
            <translation>Auf den gepoolten Out-of-Fold-Scores; je Fold %1 ± %2 über %3 Folds</translation>
        </message>
        <message>
            <source>At threshold %1: %2 true positives, %3 false positives, %4 false negatives, %5 true negatives</source>
            <translation>Bei Schwelle %1: %2 richtig positiv, %3 falsch positiv, %4 falsch negativ, %5 richtig negativ</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>ROC AUC</source>
            <translation>ROC-AUC</translation>
        </message>
        <message>
            <source>PR AUC</source>
            <translation>PR-AUC</translation>
        </message>
        <message>
            <source>Log loss</source>
            <translation>Log-Loss</translation>
        </message>
        <message>
            <source>Brier</source>
            <translation>Brier</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Präzision</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Trefferquote</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Train s</source>
            <translation>Training s</translation>
        </message>
        <message>
            <source>Predict s</source>
            <translation>Vorhersage s</translation>
        </message>
        <message>
            <source>Area under the ROC curve: how well the model ranks churners above others (1 is perfect, 0.5 is chance)</source>
            <translation>Fläche unter der ROC-Kurve: wie gut das Modell Abwanderer über andere reiht (1 ist perfekt, 0,5 ist Zufall)</translation>
        </message>
        <message>
            <source>Average precision: the area under the precision-recall curve; matters when churners are rare</source>
            <translation>Average Precision: die Fläche unter der Präzision-Trefferquote-Kurve; wichtig, wenn Abwanderer selten sind</translation>
        </message>
        <message>
            <source>Mean negative log-likelihood of the test labels; lower is better and rewards honest probabilities</source>
            <translation>Mittlere negative Log-Likelihood der Testlabels; kleiner ist besser und belohnt ehrliche Wahrscheinlichkeiten</translation>
        </message>
        <message>
            <source>Mean squared error of the predicted probability; lower is better</source>
            <translation>Mittlerer quadratischer Fehler der vorhergesagten Wahrscheinlichkeit; kleiner ist besser</translation>
        </message>
        <message>
            <source>Share of test customers classified correctly at the threshold</source>
            <translation>Anteil der Testkunden, die bei der Schwelle richtig eingeordnet werden</translation>
        </message>
        <message>
            <source>Of the customers flagged at the threshold, the share who churned</source>
            <translation>Von den bei der Schwelle markierten Kunden der Anteil, der abgewandert ist</translation>
        </message>
        <message>
            <source>Of the customers who churned, the share flagged at the threshold</source>
            <translation>Von den abgewanderten Kunden der Anteil, der bei der Schwelle markiert wurde</translation>
        </message>
        <message>
            <source>Harmonic mean of precision and recall at the threshold</source>
            <translation>Harmonisches Mittel von Präzision und Trefferquote bei der Schwelle</translation>
        </message>
        <message>
            <source>Seconds to fit the model</source>
            <translation>Sekunden zum Anpassen des Modells</translation>
        </message>
        <message>
            <source>Seconds to score the test set</source>
            <translation>Sekunden zum Bewerten der Testmenge</translation>
        </message>
        <message>
            <source>Trained on columns that may leak the outcome:</source>
            <translation>Auf Spalten trainiert, die das Ergebnis verraten könnten:</translation>
        </message>
    </context>
    <context>
        <name>LoadController</name>
        <message>
            <source>Opening %1</source>
            <translation>%1 wird geöffnet</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>ChurnLab</source>
            <translation>ChurnLab</translation>
        </message>
        <message>
            <source>Filter rows (any column contains…)</source>
            <translation>Zeilen filtern (eine Spalte enthält…)</translation>
        </message>
        <message>
            <source>Shows only rows in which some value contains this text (Ctrl+F)</source>
            <translation>Zeigt nur Zeilen, in denen ein Wert diesen Text enthält (Strg+F)</translation>
        </message>
        <message>
            <source>Column profile</source>
            <translation>Spaltenprofil</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop loading (Esc)</source>
            <translation>Laden abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Delimiter %1, %2</source>
            <translation>Trennzeichen %1, %2</translation>
        </message>
        <message>
            <source>Loaded with warnings</source>
            <translation>Mit Warnungen geladen</translation>
        </message>
        <message>
            <source>Could not load %1</source>
            <translation>%1 konnte nicht geladen werden</translation>
        </message>
        <message>
            <source>Cannot load %1</source>
            <translation>%1 kann nicht geladen werden</translation>
        </message>
        <message>
            <source>Loading %1 was cancelled</source>
            <translation>Laden von %1 wurde abgebrochen</translation>
        </message>
        <message>
            <source>%1 rows × %2 columns</source>
            <translation>%1 Zeilen × %2 Spalten</translation>
        </message>
        <message>
            <source>%1 of %2 rows × %3 columns</source>
            <translation>%1 von %2 Zeilen × %3 Spalten</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Keine Daten</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;Sample Data</source>
            <translation>&amp;Beispieldaten öffnen</translation>
        </message>
        <message>
            <source>Open the built-in churn dataset (5000 customers)</source>
            <translation>Die eingebauten Abwanderungsdaten öffnen (5000 Kunden)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Filter Rows</source>
            <translation>Zeilen &amp;filtern</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The new language applies when ChurnLab starts next time.</source>
            <translation>Die neue Sprache gilt beim nächsten Start von ChurnLab.</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Systemvorgabe</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About ChurnLab</source>
            <translation>&amp;Über ChurnLab</translation>
        </message>
        <message>
            <source>About ChurnLab</source>
            <translation>Über ChurnLab</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ChurnLab %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for customer-churn prediction: load, explore, model, deploy and monitor.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ChurnLab %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Werkbank für die Vorhersage von Kundenabwanderung: laden, erkunden, modellieren, bereitstellen und überwachen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <source>%1 no longer exists.</source>
            <translation>%1 existiert nicht mehr.</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>%1 wird geladen…</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Beispieldaten</translation>
        </message>
        <message>
            <source>Built-in sample: target “%1”, positive class “%2”</source>
            <translation>Eingebautes Beispiel: Zielspalte „%1“, positive Klasse „%2“</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>%1 — ChurnLab</source>
            <translation>%1 — ChurnLab</translation>
        </message>
        <message>
            <source>loaded in %1 s</source>
            <translation>geladen in %1 s</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Daten</translation>
        </message>
        <message>
            <source>E&amp;xplore</source>
            <translation>&amp;Erkunden</translation>
        </message>
        <message>
            <source>&amp;Quality</source>
            <translation>&amp;Qualität</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Explore</source>
            <translation>Erkunden</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>Change type of “%1” to %2</source>
            <translation>Typ von „%1“ in %2 ändern</translation>
        </message>
        <message>
            <source>“%1” is now %2; %3 values did not fit and are missing</source>
            <translation>„%1“ ist jetzt %2; %3 Werte passten nicht und fehlen nun</translation>
        </message>
        <message>
            <source>“%1” is now %2</source>
            <translation>„%1“ ist jetzt %2</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Change &amp;type of “%1”</source>
            <translation>&amp;Typ von „%1“ ändern</translation>
        </message>
        <message>
            <source>&amp;Plot</source>
            <translation>&amp;Diagramm</translation>
        </message>
        <message>
            <source>Converting “%1”…</source>
            <translation>„%1“ wird umgewandelt…</translation>
        </message>
        <message>
            <source>Fea&amp;tures</source>
            <translation>&amp;Merkmale</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>M&amp;odell</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Merkmale</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>&amp;Export Model…</source>
            <translation>Modell &amp;exportieren …</translation>
        </message>
        <message>
            <source>Save the selected trained model as a verified bundle</source>
            <translation>Das gewählte trainierte Modell als geprüftes Bündel speichern</translation>
        </message>
        <message>
            <source>S&amp;core a File…</source>
            <translation>Datei &amp;bewerten …</translation>
        </message>
        <message>
            <source>Score a CSV file with an exported model</source>
            <translation>Eine CSV-Datei mit einem exportierten Modell bewerten</translation>
        </message>
        <message>
            <source>&amp;Canvas</source>
            <translation>&amp;Canvas</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open a project or a data file</source>
            <translation>Ein Projekt oder eine Datendatei öffnen</translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation>Canvas</translation>
        </message>
        <message>
            <source>M&amp;onitor</source>
            <translation>Ü&amp;berwachung</translation>
        </message>
        <message>
            <source>R&amp;uns</source>
            <translation>L&amp;äufe</translation>
        </message>
        <message>
            <source>Cannot reopen the run</source>
            <translation>Der Lauf kann nicht wieder geöffnet werden</translation>
        </message>
        <message>
            <source>Settings of the run are back in the Features and Model tabs.</source>
            <translation>Die Einstellungen des Laufs sind zurück in den Reitern Merkmale und Modell.</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>Überwachung</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <source>Projects and data (*.churnlab *.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;ChurnLab projects (*.churnlab);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx *.xlsm *.xls);;All files (*)</source>
            <translation>Projekte und Daten (*.churnlab *.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;ChurnLab-Projekte (*.churnlab);;CSV-Dateien (*.csv *.tsv *.txt);;Excel-Arbeitsmappen (*.xlsx *.xlsm *.xls);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open a project, or a CSV file or Excel workbook with a preview of how it will be read</source>
            <translation>Ein Projekt öffnen, oder eine CSV-Datei oder Excel-Arbeitsmappe mit einer Vorschau, wie sie gelesen wird</translation>
        </message>
        <message>
            <source>Ex&amp;plain</source>
            <translation>Er&amp;klären</translation>
        </message>
        <message>
            <source>Fair&amp;ness</source>
            <translation>Fair&amp;ness</translation>
        </message>
        <message>
            <source>Explain</source>
            <translation>Erklären</translation>
        </message>
        <message>
            <source>Fairness</source>
            <translation>Fairness</translation>
        </message>
        <message>
            <source>Workbook, sheet “%1”</source>
            <translation>Arbeitsmappe, Blatt „%1“</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Datenbank: %1</translation>
        </message>
        <message>
            <source>Open &amp;Database…</source>
            <translation>&amp;Datenbank öffnen…</translation>
        </message>
        <message>
            <source>Read a table or a query from PostgreSQL, MariaDB/MySQL, SQLite or an ODBC data source, with a preview</source>
            <translation>Eine Tabelle oder Abfrage aus PostgreSQL, MariaDB/MySQL, SQLite oder einer ODBC-Datenquelle lesen, mit Vorschau</translation>
        </message>
        <message>
            <source>%1: query</source>
            <translation>%1: Abfrage</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Open the connection again, with its table or query, to preview</source>
            <translation>Die Verbindung mit ihrer Tabelle oder Abfrage erneut öffnen, zur Vorschau</translation>
        </message>
        <message>
            <source>Looking up the password of %1 in the keyring…</source>
            <translation>Suche das Passwort für %1 im Schlüsselbund …</translation>
        </message>
        <message>
            <source>Refres&amp;h Data</source>
            <translation>Daten &amp;aktualisieren</translation>
        </message>
        <message>
            <source>Read the data's file or query again and keep the analysis; the status bar says what changed</source>
            <translation>Die Datei oder Abfrage der Daten erneut lesen und die Analyse behalten; die Statusleiste sagt, was sich geändert hat</translation>
        </message>
        <message>
            <source>Refreshed %1: nothing changed</source>
            <translation>%1 aktualisiert: nichts hat sich geändert</translation>
        </message>
        <message>
            <source>Refreshed %1: %2</source>
            <translation>%1 aktualisiert: %2</translation>
        </message>
    </context>
    <context>
        <name>ModelChartTabs</name>
        <message>
            <source>ROC</source>
            <translation>ROC</translation>
        </message>
        <message>
            <source>Precision-recall</source>
            <translation>Präzision-Trefferquote</translation>
        </message>
        <message>
            <source>Gains</source>
            <translation>Gewinn</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>Kalibrierung</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Wichtigkeit</translation>
        </message>
        <message>
            <source>Permutation importance on the test set (per column)</source>
            <translation>Permutationswichtigkeit auf der Testmenge (je Spalte)</translation>
        </message>
        <message>
            <source>The model's own measure (coefficients or split gain, per feature)</source>
            <translation>Das modelleigene Maß (Koeffizienten oder Split-Gewinn, je Merkmal)</translation>
        </message>
        <message>
            <source>Mean |SHAP| on test rows (per column)</source>
            <translation>Mittleres |SHAP| auf den Testzeilen (je Spalte)</translation>
        </message>
        <message>
            <source>Permutation importance works for every model alike; the model's own measure shows how it uses each one-hot level</source>
            <translation>Permutationswichtigkeit gilt für jedes Modell gleich; das modelleigene Maß zeigt, wie es jede One-Hot-Ausprägung nutzt</translation>
        </message>
        <message>
            <source>Threshold &amp;&amp; cost</source>
            <translation>Schwelle &amp;&amp; Kosten</translation>
        </message>
        <message>
            <source>Value (ROI)</source>
            <translation>Wert (ROI)</translation>
        </message>
    </context>
    <context>
        <name>ModelCharts</name>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>ROC curve</source>
            <translation>ROC-Kurve</translation>
        </message>
        <message>
            <source>False positive rate</source>
            <translation>Falsch-positiv-Rate</translation>
        </message>
        <message>
            <source>True positive rate (recall)</source>
            <translation>Richtig-positiv-Rate (Trefferquote)</translation>
        </message>
        <message>
            <source>Precision-recall curve</source>
            <translation>Präzision-Trefferquote-Kurve</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Trefferquote</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Präzision</translation>
        </message>
        <message>
            <source>Cumulative gains</source>
            <translation>Kumulativer Gewinn</translation>
        </message>
        <message>
            <source>Share of customers contacted (highest score first)</source>
            <translation>Anteil kontaktierter Kunden (höchster Score zuerst)</translation>
        </message>
        <message>
            <source>Share of churners reached</source>
            <translation>Anteil erreichter Abwanderer</translation>
        </message>
        <message>
            <source>Calibration (reliability)</source>
            <translation>Kalibrierung (Zuverlässigkeit)</translation>
        </message>
        <message>
            <source>Mean predicted churn probability</source>
            <translation>Mittlere vorhergesagte Abwanderungswahrscheinlichkeit</translation>
        </message>
        <message>
            <source>Observed churn rate</source>
            <translation>Beobachtete Abwanderungsrate</translation>
        </message>
        <message>
            <source>Expected cost per customer — %1</source>
            <translation>Erwartete Kosten je Kunde – %1</translation>
        </message>
        <message>
            <source>Cost at threshold</source>
            <translation>Kosten bei Schwelle</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwelle</translation>
        </message>
        <message>
            <source>Cost per customer</source>
            <translation>Kosten je Kunde</translation>
        </message>
        <message>
            <source>Chosen threshold</source>
            <translation>Gewählte Schwelle</translation>
        </message>
        <message>
            <source>%1: the model's own importance</source>
            <translation>%1: die modelleigene Wichtigkeit</translation>
        </message>
        <message>
            <source>%1: permutation importance (drop in test AUC)</source>
            <translation>%1: Permutationswichtigkeit (Rückgang der Test-AUC)</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Wichtigkeit</translation>
        </message>
        <message>
            <source>AUC drop</source>
            <translation>AUC-Rückgang</translation>
        </message>
        <message>
            <source>Monthly value of acting on %1</source>
            <translation>Monatlicher Wert des Handelns nach %1</translation>
        </message>
        <message>
            <source>Value at threshold</source>
            <translation>Wert beim Schwellenwert</translation>
        </message>
        <message>
            <source>Value per month</source>
            <translation>Wert pro Monat</translation>
        </message>
    </context>
    <context>
        <name>ModelPanel</name>
        <message>
            <source>%1 training rows, %2 test rows, %3 features.</source>
            <translation>%1 Trainingszeilen, %2 Testzeilen, %3 Merkmale.</translation>
        </message>
        <message>
            <source>%1-fold cross-validation on %2 rows.</source>
            <translation>%1-fache Kreuzvalidierung auf %2 Zeilen.</translation>
        </message>
        <message>
            <source>Training cancelled.</source>
            <translation>Training abgebrochen.</translation>
        </message>
        <message numerus="yes">
            <source>Done: %n model(s) trained.</source>
            <translation>
                <numerusform>Fertig: %n Modell trainiert.</numerusform>
                <numerusform>Fertig: %n Modelle trainiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>No column has exactly two values to serve as the target.</source>
            <translation>Keine Spalte hat genau zwei Werte, um als Ziel zu dienen.</translation>
        </message>
        <message>
            <source>Tick models and press Train (Ctrl+T).</source>
            <translation>Modelle ankreuzen und Trainieren drücken (Strg+T).</translation>
        </message>
        <message>
            <source>Preparing features…</source>
            <translation>Merkmale werden vorbereitet…</translation>
        </message>
        <message>
            <source>Export Chart…</source>
            <translation>Diagramm exportieren…</translation>
        </message>
        <message>
            <source>Save the chart shown as PNG or SVG</source>
            <translation>Das gezeigte Diagramm als PNG oder SVG speichern</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the chart shown to the clipboard (Ctrl+Shift+C)</source>
            <translation>Das gezeigte Diagramm in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
        </message>
        <message>
            <source>Export Leaderboard…</source>
            <translation>Rangliste exportieren…</translation>
        </message>
        <message>
            <source>Save the leaderboard as CSV, in its sorted order</source>
            <translation>Die Rangliste als CSV speichern, in ihrer Sortierung</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>PNG images (*.png);;SVG drawings (*.svg)</source>
            <translation>PNG-Bilder (*.png);;SVG-Grafiken (*.svg)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>Export leaderboard</source>
            <translation>Rangliste exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>No chart is shown.</source>
            <translation>Es wird kein Diagramm gezeigt.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Not trained</source>
            <translation>Nicht trainiert</translation>
        </message>
        <message>
            <source>Export Model…</source>
            <translation>Modell exportieren …</translation>
        </message>
        <message>
            <source>Export model</source>
            <translation>Modell exportieren</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>%1 wird exportiert …</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Nach %1 exportiert.</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Export fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Save the selected model (or the best) as a verified bundle that churnlab-cli score and churnlab-serve run, or as an ONNX model for other runtimes (Ctrl+E)</source>
            <translation>Das gewählte (oder das beste) Modell als geprüftes Bündel speichern, das churnlab-cli score und churnlab-serve ausführen, oder als ONNX-Modell für andere Laufzeiten (Strg+E)</translation>
        </message>
        <message>
            <source>ChurnLab model bundles (*.clb);;ONNX models (*.onnx)</source>
            <translation>ChurnLab-Modellbündel (*.clb);;ONNX-Modelle (*.onnx)</translation>
        </message>
        <message>
            <source>Wait for the current training to finish, or cancel it.</source>
            <translation>Warten Sie, bis das laufende Training endet, oder brechen Sie es ab.</translation>
        </message>
        <message>
            <source>Load data and choose the target first.</source>
            <translation>Laden Sie zuerst Daten und wählen Sie das Ziel.</translation>
        </message>
        <message>
            <source>AutoML judges settings on the training rows and reports on a holdout or a test file; choose one of those instead of cross-validation.</source>
            <translation>AutoML bewertet Einstellungen auf den Trainingszeilen und berichtet auf einem Holdout oder einer Testdatei; wählen Sie eines davon statt Kreuzvalidierung.</translation>
        </message>
        <message>
            <source>Choose the test file first.</source>
            <translation>Wählen Sie zuerst die Testdatei.</translation>
        </message>
        <message>
            <source>Preparing features for AutoML…</source>
            <translation>Merkmale für AutoML werden vorbereitet…</translation>
        </message>
        <message>
            <source>Select models to overlay their curves; the current one drives the importance and threshold views, the exports and the report. Delete removes it from the shelf (Ctrl+Z brings it back)</source>
            <translation>Modelle auswählen, um ihre Kurven zu überlagern; das aktuelle bestimmt Wichtigkeit, Schwelle, Exporte und Bericht. Entf entfernt es aus der Ablage (Strg+Z holt es zurück)</translation>
        </message>
        <message>
            <source>&amp;Remove Model</source>
            <translation>Modell &amp;entfernen</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message numerus="yes">
            <source>⚠ The models use %n flagged column(s) (%1): check them before trusting the scores.</source>
            <translation>
                <numerusform>⚠ Die Modelle nutzen %n markierte Spalte (%1): prüfen Sie sie, bevor Sie den Scores vertrauen.</numerusform>
                <numerusform>⚠ Die Modelle nutzen %n markierte Spalten (%1): prüfen Sie sie, bevor Sie den Scores vertrauen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModelParamsDialog</name>
        <message>
            <source>%1 — hyperparameters</source>
            <translation>%1 – Hyperparameter</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>%1
Default: %2; %3</source>
            <translation>%1
Standard: %2; %3</translation>
        </message>
    </context>
    <context>
        <name>MonitorPanel</name>
        <message>
            <source>&amp;Model bundle:</source>
            <translation>&amp;Modell-Bundle:</translation>
        </message>
        <message>
            <source>A bundle exported from the Model tab or by churnlab-cli train --export</source>
            <translation>Ein Bundle, exportiert im Reiter Modell oder mit churnlab-cli train --export</translation>
        </message>
        <message>
            <source>ChurnLab bundles (*.clb)</source>
            <translation>ChurnLab-Bundles (*.clb)</translation>
        </message>
        <message>
            <source>&amp;Current data:</source>
            <translation>&amp;Aktuelle Daten:</translation>
        </message>
        <message>
            <source>New data to compare with the training data: a CSV file, or the request log of churnlab-serve (.jsonl)</source>
            <translation>Neue Daten zum Vergleich mit den Trainingsdaten: eine CSV-Datei oder das Anfrageprotokoll von churnlab-serve (.jsonl)</translation>
        </message>
        <message>
            <source>Data or request logs (*.csv *.tsv *.txt *.jsonl *.log);;All files (*)</source>
            <translation>Daten oder Anfrageprotokolle (*.csv *.tsv *.txt *.jsonl *.log);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>&amp;Check Drift</source>
            <translation>Drift &amp;prüfen</translation>
        </message>
        <message>
            <source>Compare every column and the model's scores (Ctrl+D)</source>
            <translation>Jede Spalte und die Scores des Modells vergleichen (Strg+D)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>One row per column: test, statistic, p-value, PSI, verdict</source>
            <translation>Eine Zeile je Spalte: Test, Statistik, p-Wert, PSI, Urteil</translation>
        </message>
        <message>
            <source>Choose a bundle and current data, then Check Drift.</source>
            <translation>Wählen Sie ein Bundle und aktuelle Daten, dann Drift prüfen.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Reference / current</source>
            <translation>Referenz / aktuell</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Statistic</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>p / threshold</source>
            <translation>p / Schwelle</translation>
        </message>
        <message>
            <source>PSI</source>
            <translation>PSI</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Wichtigkeit</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Urteil</translation>
        </message>
        <message>
            <source>Export drift</source>
            <translation>Drift exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>Die Prüfung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Comparing… (Cancel stops)</source>
            <translation>Vergleiche… (Abbrechen hält an)</translation>
        </message>
        <message>
            <source>%1 current rows against %2 training rows.</source>
            <translation>%1 aktuelle Zeilen gegen %2 Trainingszeilen.</translation>
        </message>
        <message>
            <source>Scores: %1 %2, PSI %3 — %4.</source>
            <translation>Scores: %1 %2, PSI %3 — %4.</translation>
        </message>
        <message>
            <source>drifted</source>
            <translation>gedriftet</translation>
        </message>
        <message>
            <source>no drift</source>
            <translation>keine Drift</translation>
        </message>
        <message>
            <source>Missing columns: %1.</source>
            <translation>Fehlende Spalten: %1.</translation>
        </message>
        <message>
            <source>Live ROC AUC %1 (offline %2).</source>
            <translation>Live-ROC-AUC %1 (offline %2).</translation>
        </message>
        <message>
            <source>New categories: %1</source>
            <translation>Neue Kategorien: %1</translation>
        </message>
        <message>
            <source>%1 values outside the training range</source>
            <translation>%1 Werte außerhalb des Trainingsbereichs</translation>
        </message>
        <message>
            <source>Missing rate %1 % → %2 %</source>
            <translation>Fehlquote %1 % → %2 %</translation>
        </message>
        <message>
            <source>Grey: training data; coloured: current data</source>
            <translation>Grau: Trainingsdaten; farbig: aktuelle Daten</translation>
        </message>
        <message>
            <source>≥ %1</source>
            <translation>≥ %1</translation>
        </message>
        <message>
            <source>A distance: drift at or above the threshold</source>
            <translation>Ein Abstand: Drift ab der Schwelle</translation>
        </message>
        <message>
            <source>Drift when p &lt; %1</source>
            <translation>Drift, wenn p &lt; %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Drift</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>OK, see notes</source>
            <translation>OK, siehe Hinweise</translation>
        </message>
        <message>
            <source>%1: training against current</source>
            <translation>%1: Training gegen aktuell</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <source>Check drift first.</source>
            <translation>Prüfen Sie zuerst die Drift.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>&amp;Retrain on New Data…</source>
            <translation>Mit neuen Daten &amp;nachtrainieren…</translation>
        </message>
        <message>
            <source>Retrain this model with its exact settings on new labelled data and promote it only if it beats the current one (Ctrl+Shift+T)</source>
            <translation>Dieses Modell mit genau seinen Einstellungen auf neuen gelabelten Daten nachtrainieren und nur übernehmen, wenn es das aktuelle schlägt (Strg+Umschalt+T)</translation>
        </message>
        <message>
            <source>% of rows</source>
            <translation>% der Zeilen</translation>
        </message>
    </context>
    <context>
        <name>OpenDatabaseDialog</name>
        <message>
            <source>Open Database</source>
            <translation>Datenbank öffnen</translation>
        </message>
        <message>
            <source>PostgreSQL</source>
            <translation>PostgreSQL</translation>
        </message>
        <message>
            <source>MariaDB / MySQL</source>
            <translation>MariaDB / MySQL</translation>
        </message>
        <message>
            <source>SQLite file</source>
            <translation>SQLite-Datei</translation>
        </message>
        <message>
            <source>ODBC data source</source>
            <translation>ODBC-Datenquelle</translation>
        </message>
        <message>
            <source>PostgreSQL is read through COPY, the fastest route; the others through Qt's SQL drivers</source>
            <translation>PostgreSQL wird über COPY gelesen, den schnellsten Weg; die anderen über die SQL-Treiber von Qt</translation>
        </message>
        <message>
            <source>&amp;Driver:</source>
            <translation>&amp;Treiber:</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>0 uses the driver's default port</source>
            <translation>0 verwendet den Standardport des Treibers</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Data&amp;base:</source>
            <translation>Daten&amp;bank:</translation>
        </message>
        <message>
            <source>Open a SQLite file</source>
            <translation>Eine SQLite-Datei öffnen</translation>
        </message>
        <message>
            <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
            <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Empty: CHURNLAB_DB_PASSWORD, or the driver's own store (PGPASSWORD, ~/.pgpass)</source>
            <translation>Leer: CHURNLAB_DB_PASSWORD oder der eigene Speicher des Treibers (PGPASSWORD, ~/.pgpass)</translation>
        </message>
        <message>
            <source>&amp;Remember in the keyring</source>
            <translation>Im Schlüsselbund &amp;merken</translation>
        </message>
        <message>
            <source>Keep the password in the desktop's keyring for this connection; it is never saved in a project or a setting</source>
            <translation>Das Passwort für diese Verbindung im Schlüsselbund des Desktops aufbewahren; es wird nie in einem Projekt oder einer Einstellung gespeichert</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Passwort:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>PostgreSQL's sslmode: require encrypts, verify-full also checks the server's certificate and name</source>
            <translation>sslmode von PostgreSQL: require verschlüsselt, verify-full prüft zusätzlich Zertifikat und Namen des Servers</translation>
        </message>
        <message>
            <source>&amp;TLS:</source>
            <translation>TL&amp;S:</translation>
        </message>
        <message>
            <source>The connection as a URL, without the password; paste one and press Enter to fill the fields</source>
            <translation>Die Verbindung als URL, ohne Passwort; eine einfügen und Enter drücken füllt die Felder</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>List the database's tables and views with their row counts</source>
            <translation>Die Tabellen und Sichten der Datenbank mit ihren Zeilenzahlen auflisten</translation>
        </message>
        <message>
            <source>UR&amp;L:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Choose a table to read it whole; row counts are the server's estimate (≈)</source>
            <translation>Eine Tabelle wählen, um sie ganz zu lesen; Zeilenzahlen sind die Schätzung des Servers (≈)</translation>
        </message>
        <message>
            <source>SELECT … FROM … (one statement)</source>
            <translation>SELECT … FROM … (eine Anweisung)</translation>
        </message>
        <message>
            <source>every row</source>
            <translation>alle Zeilen</translation>
        </message>
        <message>
            <source>Read at most this many rows (a huge result's sample)</source>
            <translation>Höchstens so viele Zeilen lesen (eine Stichprobe eines riesigen Ergebnisses)</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>V&amp;orschau</translation>
        </message>
        <message>
            <source>Read the first %1 rows (Ctrl+Return)</source>
            <translation>Die ersten %1 Zeilen lesen (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Row limit:</source>
            <translation>Zeilenlimit:</translation>
        </message>
        <message>
            <source>The first %1 rows; the first row sets each column's type, as the server's types suggest</source>
            <translation>Die ersten %1 Zeilen; die erste Zeile legt den Typ jeder Spalte fest, wie die Typen des Servers es nahelegen</translation>
        </message>
        <message>
            <source>&amp;Load</source>
            <translation>&amp;Laden</translation>
        </message>
        <message>
            <source>/path/to/file.db</source>
            <translation>/pfad/zu/datei.db</translation>
        </message>
        <message>
            <source>a DSN, or Driver={…};Server=…;Database=…</source>
            <translation>ein DSN oder Driver={…};Server=…;Database=…</translation>
        </message>
        <message>
            <source>the database's name</source>
            <translation>der Name der Datenbank</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Verbinde mit %1…</translation>
        </message>
        <message>
            <source>Reading the first %1 rows…</source>
            <translation>Lese die ersten %1 Zeilen…</translation>
        </message>
        <message>
            <source>%1 (view)</source>
            <translation>%1 (Sicht)</translation>
        </message>
        <message>
            <source>Tables and views: %1</source>
            <translation>Tabellen und Sichten: %1</translation>
        </message>
        <message>
            <source>Rows shown: %1; the types come from the server's column types</source>
            <translation>Angezeigte Zeilen: %1; die Typen stammen aus den Spaltentypen des Servers</translation>
        </message>
        <message>
            <source>&amp;Random sample</source>
            <translation>&amp;Zufallsstichprobe</translation>
        </message>
        <message>
            <source>Draw the limited rows at random (the server orders by random() first) rather than taking the first ones</source>
            <translation>Die begrenzten Zeilen zufällig ziehen (der Server sortiert zuerst nach random()), statt die ersten zu nehmen</translation>
        </message>
    </context>
    <context>
        <name>PathField</name>
        <message>
            <source>Choose the file</source>
            <translation>Datei wählen</translation>
        </message>
    </context>
    <context>
        <name>PlotJob</name>
        <message>
            <source>Choose a column.</source>
            <translation>Wählen Sie eine Spalte.</translation>
        </message>
        <message>
            <source>There is no column “%1”.</source>
            <translation>Es gibt keine Spalte „%1“.</translation>
        </message>
        <message>
            <source>“%1” is not numeric; choose a number, date or boolean column.</source>
            <translation>„%1“ ist nicht numerisch; wählen Sie eine Zahlen-, Datums- oder Wahrheitswertspalte.</translation>
        </message>
        <message>
            <source>“%1” is free text or an identifier: its values do not form categories to plot.</source>
            <translation>„%1“ ist Freitext oder eine Kennung: ihre Werte bilden keine darstellbaren Kategorien.</translation>
        </message>
        <message>
            <source>Choose a target column to rank the others by their association with it.</source>
            <translation>Wählen Sie eine Zielspalte, um die anderen nach ihrem Zusammenhang damit zu ordnen.</translation>
        </message>
    </context>
    <context>
        <name>ProfilePanel</name>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Fehlend</translation>
        </message>
        <message>
            <source>Distinct</source>
            <translation>Verschiedene</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>25th percentile</source>
            <translation>25. Perzentil</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>75th percentile</source>
            <translation>75. Perzentil</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>Standardabweichung</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>The most frequent values of the column</source>
            <translation>Die häufigsten Werte der Spalte</translation>
        </message>
        <message>
            <source>No column selected</source>
            <translation>Keine Spalte ausgewählt</translation>
        </message>
        <message>
            <source>Every value is different: this looks like an identifier or free text, not a feature to model with.</source>
            <translation>Jeder Wert ist anders: das sieht nach einer Kennung oder Freitext aus, nicht nach einem Merkmal für ein Modell.</translation>
        </message>
        <message>
            <source>Distribution of %1</source>
            <translation>Verteilung von %1</translation>
        </message>
        <message>
            <source>Most frequent values of %1</source>
            <translation>Häufigste Werte von %1</translation>
        </message>
        <message>
            <source>Plot…</source>
            <translation>Diagramm…</translation>
        </message>
        <message>
            <source>Open this column's chart in Explore, split by the target</source>
            <translation>Das Diagramm dieser Spalte in „Erkunden“ öffnen, nach Zielspalte aufgeteilt</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>ProjectController</name>
        <message>
            <source>The project's data could not be read.</source>
            <translation>Die Daten des Projekts konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Beispieldaten</translation>
        </message>
        <message>
            <source>%1[*] — ChurnLab</source>
            <translation>%1[*] — ChurnLab</translation>
        </message>
        <message>
            <source>Cannot save the project</source>
            <translation>Das Projekt kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Projekt speichern</translation>
        </message>
        <message>
            <source>ChurnLab projects (*.churnlab)</source>
            <translation>ChurnLab-Projekte (*.churnlab)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved. Save them first?</source>
            <translation>„%1“ hat Änderungen, die nicht gespeichert sind. Zuerst speichern?</translation>
        </message>
        <message>
            <source>The project's data</source>
            <translation>Die Daten des Projekts</translation>
        </message>
        <message>
            <source>Locate the file to open the project with it.</source>
            <translation>Suchen Sie die Datei, um das Projekt damit zu öffnen.</translation>
        </message>
        <message>
            <source>The models were trained on the file as it was. Use the changed file, or locate the original?</source>
            <translation>Die Modelle wurden mit der Datei trainiert, wie sie war. Die geänderte Datei verwenden oder das Original suchen?</translation>
        </message>
        <message>
            <source>&amp;Locate…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;Use the Changed File</source>
            <translation>Geänderte Datei &amp;verwenden</translation>
        </message>
        <message>
            <source>Locate %1</source>
            <translation>%1 suchen</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>Das Projekt kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation>Ungespeicherte Arbeit wiederherstellen</translation>
        </message>
        <message>
            <source>ChurnLab did not close properly. Unsaved work on “%1” from %2 was kept.</source>
            <translation>ChurnLab wurde nicht ordnungsgemäß beendet. Ungespeicherte Arbeit an „%1“ vom %2 wurde aufbewahrt.</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Cannot write the report</source>
            <translation>Der Bericht kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Export canvas</source>
            <translation>Canvas exportieren</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;PNG image (*.png)</source>
            <translation>PDF (*.pdf);;PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>Cannot export the canvas</source>
            <translation>Das Canvas kann nicht exportiert werden</translation>
        </message>
    </context>
    <context>
        <name>ProjectMenu</name>
        <message>
            <source>&amp;New Project</source>
            <translation>&amp;Neues Projekt</translation>
        </message>
        <message>
            <source>Start an empty project</source>
            <translation>Ein leeres Projekt beginnen</translation>
        </message>
        <message>
            <source>Recent &amp;Projects</source>
            <translation>Zuletzt verwendete &amp;Projekte</translation>
        </message>
        <message>
            <source>&amp;Save Project</source>
            <translation>Projekt &amp;speichern</translation>
        </message>
        <message>
            <source>Save the whole analysis in one file</source>
            <translation>Die ganze Analyse in einer Datei speichern</translation>
        </message>
        <message>
            <source>Save Project &amp;As…</source>
            <translation>Projekt speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Save the project under another name</source>
            <translation>Das Projekt unter einem anderen Namen speichern</translation>
        </message>
        <message>
            <source>&amp;Close Project</source>
            <translation>Projekt s&amp;chließen</translation>
        </message>
        <message>
            <source>Close the project (asks to save changes)</source>
            <translation>Das Projekt schließen (fragt, ob Änderungen gespeichert werden sollen)</translation>
        </message>
        <message>
            <source>Export &amp;Report…</source>
            <translation>&amp;Bericht exportieren…</translation>
        </message>
        <message>
            <source>Write the project's report as a PDF, with a preview first</source>
            <translation>Den Bericht des Projekts als PDF schreiben, zuerst mit Vorschau</translation>
        </message>
        <message>
            <source>Export Ca&amp;nvas…</source>
            <translation>Ca&amp;nvas exportieren…</translation>
        </message>
        <message>
            <source>Save the ML Canvas as a one-page PDF or PNG</source>
            <translation>Das ML Canvas als einseitiges PDF oder PNG speichern</translation>
        </message>
    </context>
    <context>
        <name>QualityPanel</name>
        <message>
            <source>Severity</source>
            <translation>Schwere</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Befund</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Vorschlag</translation>
        </message>
        <message>
            <source>Double-click a finding to see its column</source>
            <translation>Doppelklicken Sie auf einen Befund, um seine Spalte zu sehen</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Keine Daten</translation>
        </message>
        <message>
            <source>Checking the data…</source>
            <translation>Daten werden geprüft…</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Keine Probleme gefunden.</translation>
        </message>
        <message>
            <source>%1 errors, %2 warnings, %3 notes%4</source>
            <translation>%1 Fehler, %2 Warnungen, %3 Hinweise%4</translation>
        </message>
        <message>
            <source> — choose a target in Explore to check it too</source>
            <translation> — wählen Sie in „Erkunden“ eine Zielspalte, um auch sie zu prüfen</translation>
        </message>
        <message>
            <source> — target: %1</source>
            <translation> — Zielspalte: %1</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <source>%1 (rate above bars)</source>
            <translation>%1 (Quote über den Balken)</translation>
        </message>
        <message>
            <source>Predicted</source>
            <translation>Vorhergesagt</translation>
        </message>
        <message>
            <source>churn</source>
            <translation>Abwanderung</translation>
        </message>
        <message>
            <source>stay</source>
            <translation>bleibt</translation>
        </message>
        <message>
            <source>Actual churn</source>
            <translation>Tatsächlich abgewandert</translation>
        </message>
        <message>
            <source>Actual stay</source>
            <translation>Tatsächlich geblieben</translation>
        </message>
        <message>
            <source>true positives</source>
            <translation>richtig positiv</translation>
        </message>
        <message>
            <source>false negatives</source>
            <translation>falsch negativ</translation>
        </message>
        <message>
            <source>false positives</source>
            <translation>falsch positiv</translation>
        </message>
        <message>
            <source>true negatives</source>
            <translation>richtig negativ</translation>
        </message>
    </context>
    <context>
        <name>ReportLayout</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>ChurnLab report</source>
            <translation>ChurnLab-Bericht</translation>
        </message>
    </context>
    <context>
        <name>ReportPreviewDialog</name>
        <message>
            <source>Report preview — %1</source>
            <translation>Berichtsvorschau — %1</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Verkleinern (Strg+-)</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Breite anpassen</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>Vergrößern (Strg++)</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), A4</source>
            <translation>
                <numerusform>%n Seite, A4</numerusform>
                <numerusform>%n Seiten, A4</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>PDF &amp;speichern…</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot save the report</source>
            <translation>Der Bericht kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 — churn model report</source>
            <translation>%1 — Bericht zum Abwanderungsmodell</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>ML Canvas</source>
            <translation>ML Canvas</translation>
        </message>
        <message>
            <source>Data summary</source>
            <translation>Datenübersicht</translation>
        </message>
        <message>
            <source>Data quality findings</source>
            <translation>Befunde zur Datenqualität</translation>
        </message>
        <message>
            <source>Exploration</source>
            <translation>Exploration</translation>
        </message>
        <message>
            <source>Leaderboard</source>
            <translation>Rangliste</translation>
        </message>
        <message>
            <source>Model curves</source>
            <translation>Modellkurven</translation>
        </message>
        <message>
            <source>Confusion matrix, cost and ROI</source>
            <translation>Konfusionsmatrix, Kosten und ROI</translation>
        </message>
        <message>
            <source>Feature importance</source>
            <translation>Merkmalswichtigkeit</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Modellkarte</translation>
        </message>
        <message>
            <source>Churn analysis</source>
            <translation>Abwanderungsanalyse</translation>
        </message>
        <message>
            <source>Churn model report · %1</source>
            <translation>Bericht zum Abwanderungsmodell · %1</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Rows × columns</source>
            <translation>Zeilen × Spalten</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielspalte</translation>
        </message>
        <message>
            <source>%1 (positive class “%2”)</source>
            <translation>%1 (positive Klasse „%2“)</translation>
        </message>
        <message>
            <source>Chosen model</source>
            <translation>Gewähltes Modell</translation>
        </message>
        <message>
            <source>Test ROC AUC</source>
            <translation>ROC AUC (Test)</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwellenwert</translation>
        </message>
        <message>
            <source>Expected monthly value</source>
            <translation>Erwarteter Monatswert</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Churn rate</source>
            <translation>Abwanderungsquote</translation>
        </message>
        <message>
            <source>%1 % (%2 of %3 labelled rows)</source>
            <translation>%1 % (%2 von %3 gelabelten Zeilen)</translation>
        </message>
        <message>
            <source>The data file was not available when this report was written.</source>
            <translation>Die Datendatei war nicht verfügbar, als dieser Bericht geschrieben wurde.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Fehlend</translation>
        </message>
        <message>
            <source>No problems were found.</source>
            <translation>Es wurden keine Probleme gefunden.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Schwere</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Befund</translation>
        </message>
        <message>
            <source>How well each column alone separates churners from stayers (ROC AUC of the column as a score; 0.5 is no signal).</source>
            <translation>Wie gut jede Spalte allein Abwandernde von Bleibenden trennt (ROC AUC der Spalte als Score; 0,5 heißt kein Signal).</translation>
        </message>
        <message>
            <source>Association with churn (ROC AUC)</source>
            <translation>Zusammenhang mit Abwanderung (ROC AUC)</translation>
        </message>
        <message>
            <source>Top drivers, split by churn</source>
            <translation>Wichtigste Treiber, nach Abwanderung getrennt</translation>
        </message>
        <message>
            <source>stayed</source>
            <translation>geblieben</translation>
        </message>
        <message>
            <source>churned</source>
            <translation>abgewandert</translation>
        </message>
        <message>
            <source>No models have been trained yet.</source>
            <translation>Es wurden noch keine Modelle trainiert.</translation>
        </message>
        <message>
            <source>Test-set metrics (%1), best ROC AUC first; accuracy and F1 at threshold %2.</source>
            <translation>Metriken auf dem Testset (%1), beste ROC AUC zuerst; Genauigkeit und F1 beim Schwellenwert %2.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>ROC AUC</source>
            <translation>ROC AUC</translation>
        </message>
        <message>
            <source>PR AUC</source>
            <translation>PR AUC</translation>
        </message>
        <message>
            <source>Log loss</source>
            <translation>Log-Loss</translation>
        </message>
        <message>
            <source>Brier</source>
            <translation>Brier</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Train s</source>
            <translation>Training s</translation>
        </message>
        <message>
            <source>%1 on the test set (%2).</source>
            <translation>%1 auf dem Testset (%2).</translation>
        </message>
        <message>
            <source>False positive rate</source>
            <translation>Falsch-positiv-Rate</translation>
        </message>
        <message>
            <source>True positive rate</source>
            <translation>Richtig-positiv-Rate</translation>
        </message>
        <message>
            <source>ROC curve</source>
            <translation>ROC-Kurve</translation>
        </message>
        <message>
            <source>Share of customers contacted</source>
            <translation>Anteil kontaktierter Kunden</translation>
        </message>
        <message>
            <source>Share of churners reached</source>
            <translation>Anteil erreichter Abwandernder</translation>
        </message>
        <message>
            <source>Cumulative gains</source>
            <translation>Kumulativer Gewinn</translation>
        </message>
        <message>
            <source>Mean predicted probability</source>
            <translation>Mittlere vorhergesagte Wahrscheinlichkeit</translation>
        </message>
        <message>
            <source>Observed churn rate</source>
            <translation>Beobachtete Abwanderungsquote</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>Kalibrierung</translation>
        </message>
        <message>
            <source>Cost of a false positive / false negative</source>
            <translation>Kosten eines falsch Positiven / falsch Negativen</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Expected cost per customer</source>
            <translation>Erwartete Kosten pro Kunde</translation>
        </message>
        <message>
            <source>Customers scored per month</source>
            <translation>Bewertete Kunden pro Monat</translation>
        </message>
        <message>
            <source>Cost of a retention offer</source>
            <translation>Kosten eines Halteangebots</translation>
        </message>
        <message>
            <source>Offer success rate</source>
            <translation>Erfolgsquote des Angebots</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Value of a retained customer</source>
            <translation>Wert eines gehaltenen Kunden</translation>
        </message>
        <message>
            <source>Monthly value at the threshold</source>
            <translation>Monatswert beim Schwellenwert</translation>
        </message>
        <message>
            <source>%1 (%2 contacted, %3 churners kept)</source>
            <translation>%1 (%2 kontaktiert, %3 Abwandernde gehalten)</translation>
        </message>
        <message>
            <source>Contacting nobody</source>
            <translation>Niemanden kontaktieren</translation>
        </message>
        <message>
            <source>Contacting everyone</source>
            <translation>Alle kontaktieren</translation>
        </message>
        <message>
            <source>Best threshold for value</source>
            <translation>Bester Schwellenwert nach Wert</translation>
        </message>
        <message>
            <source>%1, worth %2 a month</source>
            <translation>%1, %2 pro Monat wert</translation>
        </message>
        <message>
            <source>monthly value</source>
            <translation>Monatswert</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Monatswert</translation>
        </message>
        <message>
            <source>Value of acting on the model, by threshold</source>
            <translation>Wert des Handelns nach dem Modell, je Schwellenwert</translation>
        </message>
        <message>
            <source>How much the test ROC AUC of %1 drops when a column is shuffled.</source>
            <translation>Wie stark die Test-ROC-AUC von %1 sinkt, wenn eine Spalte gemischt wird.</translation>
        </message>
        <message>
            <source>Permutation importance (AUC drop)</source>
            <translation>Permutationswichtigkeit (AUC-Abfall)</translation>
        </message>
        <message>
            <source>Drift monitoring</source>
            <translation>Drift-Überwachung</translation>
        </message>
        <message>
            <source>%1 current rows from %2 against %3 training rows. %4</source>
            <translation>%1 aktuelle Zeilen aus %2 gegen %3 Trainingszeilen. %4</translation>
        </message>
        <message>
            <source>Scores: %1 %2, PSI %3 — %4.</source>
            <translation>Scores: %1 %2, PSI %3 — %4.</translation>
        </message>
        <message>
            <source>drift</source>
            <translation>Drift</translation>
        </message>
        <message>
            <source>no drift</source>
            <translation>keine Drift</translation>
        </message>
        <message>
            <source>Live ROC AUC %1 (offline %2).</source>
            <translation>Live-ROC-AUC %1 (offline %2).</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Drift</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Statistic</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>p / threshold</source>
            <translation>p / Schwelle</translation>
        </message>
        <message>
            <source>PSI</source>
            <translation>PSI</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Wichtigkeit</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Urteil</translation>
        </message>
        <message>
            <source>%1 more columns are in the Monitor tab's CSV export.</source>
            <translation>%1 weitere Spalten stehen im CSV-Export des Reiters Überwachung.</translation>
        </message>
        <message>
            <source>⚠ Warning: the model uses columns that may leak the outcome, so its scores may be too good to be true.</source>
            <translation>⚠ Warnung: Das Modell nutzt Spalten, die das Ergebnis verraten könnten; seine Scores sind womöglich zu gut, um wahr zu sein.</translation>
        </message>
    </context>
    <context>
        <name>RetrainDialog</name>
        <message>
            <source>Retrain on New Data</source>
            <translation>Mit neuen Daten nachtrainieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>ChurnLab bundles (*.clb)</source>
            <translation>ChurnLab-Bundles (*.clb)</translation>
        </message>
        <message>
            <source>The deployed model: its exact settings are retrained</source>
            <translation>Das eingesetzte Modell: genau seine Einstellungen werden neu trainiert</translation>
        </message>
        <message>
            <source>&amp;Champion bundle:</source>
            <translation>&amp;Champion-Bundle:</translation>
        </message>
        <message>
            <source>New labelled data with the champion's columns and target</source>
            <translation>Neue gelabelte Daten mit den Spalten und der Zielspalte des Champions</translation>
        </message>
        <message>
            <source>&amp;New data:</source>
            <translation>&amp;Neue Daten:</translation>
        </message>
        <message>
            <source>&amp;Append to the old training data</source>
            <translation>An die alten Trainingsdaten &amp;anhängen</translation>
        </message>
        <message>
            <source>Train on the old rows and the new ones; otherwise the new data replaces the old</source>
            <translation>Auf alten und neuen Zeilen trainieren; sonst ersetzen die neuen Daten die alten</translation>
        </message>
        <message>
            <source>The data the champion was trained on</source>
            <translation>Die Daten, auf denen der Champion trainiert wurde</translation>
        </message>
        <message>
            <source>&amp;Old data:</source>
            <translation>A&amp;lte Daten:</translation>
        </message>
        <message>
            <source>Where a promoted model is written as the next version</source>
            <translation>Wohin ein übernommenes Modell als nächste Version geschrieben wird</translation>
        </message>
        <message>
            <source>&amp;Write a promoted model to:</source>
            <translation>Übernommenes Modell &amp;schreiben nach:</translation>
        </message>
        <message>
            <source>Promotion rule</source>
            <translation>Regel für die Übernahme</translation>
        </message>
        <message>
            <source>ROC AUC the challenger must gain over the champion</source>
            <translation>ROC AUC, die der Herausforderer gegenüber dem Champion gewinnen muss</translation>
        </message>
        <message>
            <source>AUC &amp;margin:</source>
            <translation>AUC-&amp;Vorsprung:</translation>
        </message>
        <message>
            <source>Or: expected cost per customer it must save (0: any saving)</source>
            <translation>Oder: erwartete Kosten je Kunde, die er sparen muss (0: jede Ersparnis)</translation>
        </message>
        <message>
            <source>or cost &amp;saving above:</source>
            <translation>oder Kosten&amp;ersparnis über:</translation>
        </message>
        <message>
            <source>How much worse its calibration error may be</source>
            <translation>Um wie viel sein Kalibrierungsfehler schlechter sein darf</translation>
        </message>
        <message>
            <source>Calibration &amp;tolerance:</source>
            <translation>Kalibrierungs&amp;toleranz:</translation>
        </message>
        <message>
            <source>Share of the new rows held out to judge both models</source>
            <translation>Anteil der neuen Zeilen, der zur Bewertung beider Modelle zurückgehalten wird</translation>
        </message>
        <message>
            <source>&amp;Holdout share:</source>
            <translation>&amp;Holdout-Anteil:</translation>
        </message>
        <message>
            <source>&amp;Decide only; write no bundle</source>
            <translation>Nur &amp;entscheiden; kein Bundle schreiben</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>ROC AUC</source>
            <translation>ROC AUC</translation>
        </message>
        <message>
            <source>PR AUC</source>
            <translation>PR AUC</translation>
        </message>
        <message>
            <source>Expected cost</source>
            <translation>Erwartete Kosten</translation>
        </message>
        <message>
            <source>Calibration error</source>
            <translation>Kalibrierungsfehler</translation>
        </message>
        <message>
            <source>&amp;Retrain</source>
            <translation>&amp;Nachtrainieren</translation>
        </message>
        <message>
            <source>Retraining… (Esc cancels)</source>
            <translation>Trainiere nach… (Esc bricht ab)</translation>
        </message>
        <message>
            <source>Retraining was cancelled; nothing was written.</source>
            <translation>Das Nachtrainieren wurde abgebrochen; nichts wurde geschrieben.</translation>
        </message>
        <message>
            <source>Retraining failed: %1</source>
            <translation>Nachtrainieren fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Version %1 was written to %2.</source>
            <translation>Version %1 wurde nach %2 geschrieben.</translation>
        </message>
        <message>
            <source>Nothing was written (decide only).</source>
            <translation>Nichts wurde geschrieben (nur entscheiden).</translation>
        </message>
        <message>
            <source>Champion (version %1)</source>
            <translation>Champion (Version %1)</translation>
        </message>
        <message>
            <source>Challenger (version %1)</source>
            <translation>Herausforderer (Version %1)</translation>
        </message>
        <message>
            <source>Both judged on %1 held-out new customers; the challenger was trained on %2.</source>
            <translation>Beide bewertet an %1 zurückgehaltenen neuen Kunden; der Herausforderer wurde an %2 trainiert.</translation>
        </message>
        <message>
            <source>Both judged at the champion's threshold %1 (costs %2 per false positive, %3 per false negative).</source>
            <translation>Beide bewertet an der Schwelle des Champions %1 (Kosten %2 je falsch Positivem, %3 je falsch Negativem).</translation>
        </message>
        <message>
            <source>&amp;Overwrite the champion (a server watching it reloads)</source>
            <translation>Champion &amp;überschreiben (ein Server, der ihn beobachtet, lädt neu)</translation>
        </message>
        <message>
            <source>Otherwise a promoted model is written beside the champion, and the champion's file stays as it is</source>
            <translation>Sonst wird ein befördertes Modell neben den Champion geschrieben, und die Datei des Champions bleibt, wie sie ist</translation>
        </message>
        <message>
            <source>over the champion</source>
            <translation>über den Champion</translation>
        </message>
        <message>
            <source>beside the champion</source>
            <translation>neben den Champion</translation>
        </message>
        <message>
            <source>beside the champion: %1</source>
            <translation>neben den Champion: %1</translation>
        </message>
    </context>
    <context>
        <name>RoiPanel</name>
        <message>
            <source>Retention campaign</source>
            <translation>Haltekampagne</translation>
        </message>
        <message>
            <source>How many customers the model scores each month</source>
            <translation>Wie viele Kunden das Modell jeden Monat bewertet</translation>
        </message>
        <message>
            <source>What one retention offer costs (a discount, a call)</source>
            <translation>Was ein Halteangebot kostet (ein Rabatt, ein Anruf)</translation>
        </message>
        <message>
            <source>Of churners who get the offer, the share who stay</source>
            <translation>Von den Abwandernden, die das Angebot erhalten, der Anteil, der bleibt</translation>
        </message>
        <message>
            <source>What keeping one customer who would have churned is worth</source>
            <translation>Was es wert ist, einen Kunden zu halten, der abgewandert wäre</translation>
        </message>
        <message>
            <source>Customers scored per &amp;month:</source>
            <translation>Bewertete Kunden pro &amp;Monat:</translation>
        </message>
        <message>
            <source>Cost of an &amp;offer:</source>
            <translation>Kosten eines &amp;Angebots:</translation>
        </message>
        <message>
            <source>Offer &amp;success rate:</source>
            <translation>&amp;Erfolgsquote des Angebots:</translation>
        </message>
        <message>
            <source>&amp;Value of a kept customer:</source>
            <translation>&amp;Wert eines gehaltenen Kunden:</translation>
        </message>
        <message>
            <source>Expected value per month (test set)</source>
            <translation>Erwarteter Wert pro Monat (Testset)</translation>
        </message>
        <message>
            <source>Use the &amp;best-value threshold</source>
            <translation>Schwellenwert mit dem &amp;besten Wert verwenden</translation>
        </message>
        <message>
            <source>Move the threshold to where the monthly value is highest</source>
            <translation>Den Schwellenwert dorthin setzen, wo der Monatswert am höchsten ist</translation>
        </message>
        <message>
            <source>Train a model to see what acting on it is worth.</source>
            <translation>Trainieren Sie ein Modell, um zu sehen, was Handeln danach wert ist.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; a month at threshold %2: %3 customers contacted, %4 churners kept.&lt;/p&gt;&lt;p&gt;Contacting nobody: %5. Contacting everyone: %6.&lt;/p&gt;&lt;p&gt;Best threshold for value: &lt;b&gt;%7&lt;/b&gt;, worth %8 a month.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; pro Monat beim Schwellenwert %2: %3 Kunden kontaktiert, %4 Abwandernde gehalten.&lt;/p&gt;&lt;p&gt;Niemanden kontaktieren: %5. Alle kontaktieren: %6.&lt;/p&gt;&lt;p&gt;Bester Schwellenwert nach Wert: &lt;b&gt;%7&lt;/b&gt;, %8 pro Monat wert.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>RunsPanel</name>
        <message>
            <source>Filter runs (learner, data, tag…)</source>
            <translation>Läufe filtern (Verfahren, Daten, Markierung…)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Read the run store again (F5)</source>
            <translation>Den Lauf-Speicher neu lesen (F5)</translation>
        </message>
        <message>
            <source>Tag as &amp;Champion</source>
            <translation>Als &amp;Champion markieren</translation>
        </message>
        <message>
            <source>The selected run becomes its experiment's champion</source>
            <translation>Der gewählte Lauf wird Champion seines Experiments</translation>
        </message>
        <message>
            <source>Re&amp;open Settings</source>
            <translation>Einstellungen wieder ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Put the selected run's features, validation and learner settings back into the Features and Model tabs</source>
            <translation>Merkmale, Validierung und Verfahrenseinstellungen des gewählten Laufs zurück in die Reiter Merkmale und Modell bringen</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Lauf</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Verfahren</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>ROC AUC</source>
            <translation>ROC AUC</translation>
        </message>
        <message>
            <source>PR AUC</source>
            <translation>PR AUC</translation>
        </message>
        <message>
            <source>Log loss</source>
            <translation>Log-Loss</translation>
        </message>
        <message>
            <source>Train s</source>
            <translation>Training s</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>First run</source>
            <translation>Erster Lauf</translation>
        </message>
        <message>
            <source>Second run</source>
            <translation>Zweiter Lauf</translation>
        </message>
        <message>
            <source>Select two runs to see what differs between them</source>
            <translation>Wählen Sie zwei Läufe, um zu sehen, was sie unterscheidet</translation>
        </message>
        <message>
            <source>over time</source>
            <translation>über die Zeit</translation>
        </message>
        <message>
            <source>Plot the metric over time, or against a hyperparameter</source>
            <translation>Die Metrik über die Zeit oder gegen einen Hyperparameter zeichnen</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Zeichnen</translation>
        </message>
        <message>
            <source>Run store: %1</source>
            <translation>Lauf-Speicher: %1</translation>
        </message>
        <message>
            <source>Tracking is off (CHURNLAB_TRACKING=off).</source>
            <translation>Die Aufzeichnung ist aus (CHURNLAB_TRACKING=off).</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s).</source>
            <translation>
                <numerusform>%n Lauf.</numerusform>
                <numerusform>%n Läufe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Run %1 is the champion.</source>
            <translation>Lauf %1 ist der Champion.</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Lauf %1</translation>
        </message>
        <message>
            <source>%1 over time</source>
            <translation>%1 über die Zeit</translation>
        </message>
        <message>
            <source>%1 against %2</source>
            <translation>%1 gegen %2</translation>
        </message>
        <message>
            <source>This project's runs, or every run in the store (other projects, the command line)</source>
            <translation>Die Läufe dieses Projekts oder alle Läufe im Speicher (andere Projekte, die Kommandozeile)</translation>
        </message>
        <message>
            <source>All runs</source>
            <translation>Alle Läufe</translation>
        </message>
        <message>
            <source>This project (%1)</source>
            <translation>Dieses Projekt (%1)</translation>
        </message>
        <message>
            <source>against %1 (%2)</source>
            <translation>gegen %1 (%2)</translation>
        </message>
        <message>
            <source>Setting: %1</source>
            <translation>Einstellung: %1</translation>
        </message>
    </context>
    <context>
        <name>ScoreFileDialog</name>
        <message>
            <source>Score a File</source>
            <translation>Datei bewerten</translation>
        </message>
        <message>
            <source>&amp;Model bundle:</source>
            <translation>&amp;Modellbündel:</translation>
        </message>
        <message>
            <source>A model exported from the Model tab or with churnlab-cli train --export</source>
            <translation>Ein Modell, exportiert im Modell-Tab oder mit churnlab-cli train --export</translation>
        </message>
        <message>
            <source>ChurnLab model bundles (*.clb)</source>
            <translation>ChurnLab-Modellbündel (*.clb)</translation>
        </message>
        <message>
            <source>&amp;Data to score:</source>
            <translation>Zu bewertende &amp;Daten:</translation>
        </message>
        <message>
            <source>A CSV file with the columns the model was trained on</source>
            <translation>Eine CSV-Datei mit den Spalten, auf denen das Modell trainiert wurde</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV-Dateien (*.csv *.txt)</translation>
        </message>
        <message>
            <source>&amp;Write scores to:</source>
            <translation>Bewertungen &amp;schreiben nach:</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>&amp;Strict: refuse values that do not convert and unseen categories</source>
            <translation>&amp;Streng: nicht umwandelbare Werte und unbekannte Kategorien ablehnen</translation>
        </message>
        <message>
            <source>Without it they are converted or scored as rare categories, and counted in the summary</source>
            <translation>Ohne diese Option werden sie umgewandelt oder wie seltene Kategorien bewertet und in der Zusammenfassung gezählt</translation>
        </message>
        <message>
            <source>S&amp;core</source>
            <translation>&amp;Bewerten</translation>
        </message>
        <message>
            <source>Scoring… (Esc cancels)</source>
            <translation>Bewertung läuft … (Esc bricht ab)</translation>
        </message>
        <message>
            <source>Scoring was cancelled; no output was written.</source>
            <translation>Die Bewertung wurde abgebrochen; es wurde keine Ausgabe geschrieben.</translation>
        </message>
        <message>
            <source>Scoring failed: %1</source>
            <translation>Die Bewertung ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Scored %1 rows in %2 s; %3 flagged as likely to churn at the bundle's threshold %4. Written to %5.</source>
            <translation>%1 Zeilen in %2 s bewertet; %3 an der Schwelle des Bundles %4 als abwanderungsgefährdet markiert. Geschrieben nach %5.</translation>
        </message>
        <message>
            <source>The analysis decides at %1: export the model again to score at it.</source>
            <translation>Die Analyse entscheidet bei %1: exportieren Sie das Modell erneut, um damit zu bewerten.</translation>
        </message>
        <message>
            <source>One row per input row: ID, churn probability and label. A CSV file, or a database URL (postgresql://…, mysql://…, sqlite:///…, odbc://…) with a table</source>
            <translation>Eine Zeile pro Eingabezeile: ID, Abwanderungswahrscheinlichkeit und Label. Eine CSV-Datei oder eine Datenbank-URL (postgresql://…, mysql://…, sqlite:///…, odbc://…) mit einer Tabelle</translation>
        </message>
        <message>
            <source>e.g. marketing.churn_scores</source>
            <translation>z. B. marketing.churn_scores</translation>
        </message>
        <message>
            <source>The table the scores go to, written in one transaction: a reader never sees half of it</source>
            <translation>Die Tabelle für die Scores, in einer Transaktion geschrieben: niemand sieht sie halb</translation>
        </message>
        <message>
            <source>Replace the table</source>
            <translation>Tabelle ersetzen</translation>
        </message>
        <message>
            <source>Append to the table</source>
            <translation>An die Tabelle anhängen</translation>
        </message>
        <message>
            <source>&amp;Table:</source>
            <translation>&amp;Tabelle:</translation>
        </message>
        <message>
            <source>%1, table %2</source>
            <translation>%1, Tabelle %2</translation>
        </message>
    </context>
    <context>
        <name>TargetPicker</name>
        <message>
            <source>The value of the target that means “churned”</source>
            <translation>Der Wert der Zielspalte, der „abgewandert“ bedeutet</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
    </context>
    <context>
        <name>ThresholdPanel</name>
        <message>
            <source>Threshold</source>
            <translation>Schwelle</translation>
        </message>
        <message>
            <source>Customers whose churn probability is at or above the threshold are flagged</source>
            <translation>Kunden, deren Abwanderungswahrscheinlichkeit die Schwelle erreicht oder übersteigt, werden markiert</translation>
        </message>
        <message>
            <source>&amp;Threshold:</source>
            <translation>&amp;Schwelle:</translation>
        </message>
        <message>
            <source>Cost of errors</source>
            <translation>Kosten der Fehler</translation>
        </message>
        <message>
            <source>What flagging a customer who would have stayed costs, e.g. the retention offer</source>
            <translation>Was die Markierung eines Kunden kostet, der geblieben wäre, z. B. das Halteangebot</translation>
        </message>
        <message>
            <source>What missing a customer who churns costs, e.g. the margin lost with them</source>
            <translation>Was das Übersehen eines abwandernden Kunden kostet, z. B. die mit ihm verlorene Marge</translation>
        </message>
        <message>
            <source>False &amp;positive:</source>
            <translation>Falsch &amp;positiv:</translation>
        </message>
        <message>
            <source>False &amp;negative:</source>
            <translation>Falsch &amp;negativ:</translation>
        </message>
        <message>
            <source>Use &amp;minimum-cost threshold</source>
            <translation>Schwelle mit &amp;minimalen Kosten verwenden</translation>
        </message>
        <message>
            <source>Set the threshold with the least expected cost on the test set</source>
            <translation>Die Schwelle mit den geringsten erwarteten Kosten auf der Testmenge setzen</translation>
        </message>
        <message>
            <source>Confusion matrix (test set)</source>
            <translation>Konfusionsmatrix (Testmenge)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Flagged&lt;/b&gt;</source>
            <translation>&lt;b&gt;Markiert&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not flagged&lt;/b&gt;</source>
            <translation>&lt;b&gt;Nicht markiert&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Churned&lt;/b&gt;</source>
            <translation>&lt;b&gt;Abgewandert&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stayed&lt;/b&gt;</source>
            <translation>&lt;b&gt;Geblieben&lt;/b&gt;</translation>
        </message>
        <message>
            <source>True positives: churners flagged</source>
            <translation>Richtig positiv: markierte Abwanderer</translation>
        </message>
        <message>
            <source>False negatives: churners missed</source>
            <translation>Falsch negativ: übersehene Abwanderer</translation>
        </message>
        <message>
            <source>False positives: flagged but stayed</source>
            <translation>Falsch positiv: markiert, aber geblieben</translation>
        </message>
        <message>
            <source>True negatives: not flagged and stayed</source>
            <translation>Richtig negativ: nicht markiert und geblieben</translation>
        </message>
        <message>
            <source>Train a model to see its errors at this threshold.</source>
            <translation>Trainieren Sie ein Modell, um seine Fehler bei dieser Schwelle zu sehen.</translation>
        </message>
        <message>
            <source>%1 flags %2 of %3 test customers (%4 %); expected cost %5 per customer.</source>
            <translation>%1 markiert %2 von %3 Testkunden (%4 %); erwartete Kosten %5 je Kunde.</translation>
        </message>
        <message>
            <source>Least expected cost: %1 per customer at threshold %2.</source>
            <translation>Geringste erwartete Kosten: %1 je Kunde bei Schwelle %2.</translation>
        </message>
    </context>
    <context>
        <name>TrainingController</name>
        <message>
            <source>Preparing features…</source>
            <translation>Merkmale werden vorbereitet…</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>In Warteschlange</translation>
        </message>
        <message>
            <source>Training…</source>
            <translation>Training…</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Test file %1: %2</source>
            <translation>Testdatei %1: %2</translation>
        </message>
        <message>
            <source>built-in sample</source>
            <translation>eingebautes Beispiel</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>TrainingForm</name>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>The churn column the models learn to predict</source>
            <translation>Die Abwanderungsspalte, die die Modelle vorhersagen lernen</translation>
        </message>
        <message>
            <source>&amp;Target:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <source>Churned &amp;is:</source>
            <translation>Abgewandert &amp;ist:</translation>
        </message>
        <message>
            <source>T&amp;rain</source>
            <translation>T&amp;rainieren</translation>
        </message>
        <message>
            <source>Train the ticked models on worker threads (Ctrl+T)</source>
            <translation>Die angekreuzten Modelle in Hintergrund-Threads trainieren (Strg+T)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop the training (Esc)</source>
            <translation>Training abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Auto&amp;ML…</source>
            <translation>Auto&amp;ML…</translation>
        </message>
        <message>
            <source>Search the learners and their settings within a time budget (Ctrl+Shift+A)</source>
            <translation>Lernverfahren und ihre Einstellungen innerhalb eines Zeitbudgets suchen (Strg+Umschalt+A)</translation>
        </message>
        <message>
            <source>Share of rows held out, stratified by the target, to test the models on; features are fitted on the other rows only</source>
            <translation>Anteil der zurückgehaltenen Zeilen, nach Ziel geschichtet, zum Testen der Modelle; Merkmale werden nur auf den übrigen Zeilen angepasst</translation>
        </message>
        <message>
            <source>Holdout</source>
            <translation>Holdout</translation>
        </message>
        <message>
            <source>Cross-validation</source>
            <translation>Kreuzvalidierung</translation>
        </message>
        <message>
            <source>Separate test file</source>
            <translation>Separate Testdatei</translation>
        </message>
        <message>
            <source>Holdout: one stratified test share. Cross-validation: every row is scored once by a model trained on the other folds; slower, and steadier on small files. Separate test file: train on every row here, test on another file with the same columns</source>
            <translation>Holdout: ein geschichteter Testanteil. Kreuzvalidierung: Jede Zeile wird einmal von einem Modell bewertet, das auf den anderen Folds trainiert wurde; langsamer und stabiler bei kleinen Dateien. Separate Testdatei: auf allen Zeilen hier trainieren, auf einer anderen Datei mit denselben Spalten testen</translation>
        </message>
        <message>
            <source>Number of stratified folds</source>
            <translation>Anzahl geschichteter Folds</translation>
        </message>
        <message>
            <source>The same seed gives the same split and the same models</source>
            <translation>Derselbe Seed ergibt dieselbe Aufteilung und dieselben Modelle</translation>
        </message>
        <message>
            <source>&amp;Validation:</source>
            <translation>&amp;Validierung:</translation>
        </message>
        <message>
            <source>Test &amp;share:</source>
            <translation>Test&amp;anteil:</translation>
        </message>
        <message>
            <source>&amp;Folds:</source>
            <translation>&amp;Folds:</translation>
        </message>
        <message>
            <source>S&amp;eed:</source>
            <translation>S&amp;eed:</translation>
        </message>
        <message>
            <source>Test file (CSV)</source>
            <translation>Testdatei (CSV)</translation>
        </message>
        <message>
            <source>A file with the same columns, read with the data's import options and scored through the model's input checks: a missing column is an error, other types are converted and counted</source>
            <translation>Eine Datei mit denselben Spalten, gelesen mit den Importoptionen der Daten und bewertet über die Eingabeprüfungen des Modells: eine fehlende Spalte ist ein Fehler, andere Typen werden umgewandelt und gezählt</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Choose the test file</source>
            <translation>Testdatei wählen</translation>
        </message>
        <message>
            <source>Test &amp;file:</source>
            <translation>Test&amp;datei:</translation>
        </message>
        <message>
            <source>Choose a test file</source>
            <translation>Testdatei wählen</translation>
        </message>
        <message>
            <source>Data files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;All files (*)</source>
            <translation>Datendateien (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Leave out rows whose target is neither class</source>
            <translation>Zeilen auslassen, deren Ziel keine der beiden Klassen ist</translation>
        </message>
        <message>
            <source>A few rows with a third target value (a typo, “Unknown”) are left out and counted instead of stopping the training</source>
            <translation>Einige Zeilen mit einem dritten Zielwert (ein Tippfehler, „Unbekannt“) werden ausgelassen und gezählt, statt das Training abzubrechen</translation>
        </message>
        <message>
            <source>Tick the models to train; double-click one to set its hyperparameters</source>
            <translation>Zu trainierende Modelle ankreuzen; Doppelklick setzt die Hyperparameter</translation>
        </message>
        <message>
            <source>Models:</source>
            <translation>Modelle:</translation>
        </message>
        <message>
            <source>&amp;Hyperparameters…</source>
            <translation>&amp;Hyperparameter…</translation>
        </message>
        <message>
            <source>Change the hyperparameters of the highlighted model</source>
            <translation>Die Hyperparameter des markierten Modells ändern</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Training would use %n flagged column(s): %1. They may leak the outcome. &lt;a href="exclude"&gt;Exclude them&lt;/a&gt;</source>
            <translation>
                <numerusform>⚠ Das Training würde %n markierte Spalte nutzen: %1. Sie könnte das Ergebnis verraten. &lt;a href="exclude"&gt;Ausschließen&lt;/a&gt;</numerusform>
                <numerusform>⚠ Das Training würde %n markierte Spalten nutzen: %1. Sie könnten das Ergebnis verraten. &lt;a href="exclude"&gt;Ausschließen&lt;/a&gt;</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TypedPreviewTable</name>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Detected: %1. Choose another type to override it.</source>
            <translation>Erkannt: %1. Wählen Sie einen anderen Typ, um ihn zu ersetzen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::AutoMlSearch</name>
        <message>
            <source>Trial %1: %2</source>
            <translation>Versuch %1: %2</translation>
        </message>
        <message>
            <source>AutoML needs a prepared holdout or test-file session; cross-validation is not supported for the search.</source>
            <translation>AutoML braucht eine vorbereitete Sitzung mit Holdout oder Testdatei; Kreuzvalidierung wird für die Suche nicht unterstützt.</translation>
        </message>
        <message>
            <source>No trial finished within the budget; give it more time.</source>
            <translation>Kein Versuch wurde innerhalb des Budgets fertig; geben Sie mehr Zeit.</translation>
        </message>
        <message>
            <source>Training the best model on all training rows…</source>
            <translation>Das beste Modell wird auf allen Trainingszeilen trainiert…</translation>
        </message>
        <message>
            <source>AutoML: %1</source>
            <translation>AutoML: %1</translation>
        </message>
        <message>
            <source>Training the ensemble on all training rows…</source>
            <translation>Das Ensemble wird auf allen Trainingszeilen trainiert…</translation>
        </message>
        <message>
            <source>AutoML: ensemble of %1</source>
            <translation>AutoML: Ensemble aus %1</translation>
        </message>
        <message>
            <source>The ensemble was not trained: it would have run past the time budget.</source>
            <translation>Das Ensemble wurde nicht trainiert: Es hätte das Zeitbudget überschritten.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::AutoMlSpec</name>
        <message>
            <source>ROC AUC</source>
            <translation>ROC-AUC</translation>
        </message>
        <message>
            <source>PR AUC</source>
            <translation>PR-AUC</translation>
        </message>
        <message>
            <source>Log loss</source>
            <translation>Log-Loss</translation>
        </message>
        <message>
            <source>Expected cost</source>
            <translation>Erwartete Kosten</translation>
        </message>
        <message>
            <source>The time budget must lie between 1 second and a day.</source>
            <translation>Das Zeitbudget muss zwischen 1 Sekunde und einem Tag liegen.</translation>
        </message>
        <message>
            <source>The number of trials cannot be negative.</source>
            <translation>Die Zahl der Versuche kann nicht negativ sein.</translation>
        </message>
        <message>
            <source>AutoML has no search space for “%1”; it searches %2.</source>
            <translation>AutoML hat keinen Suchraum für „%1“; es durchsucht %2.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::BatchScorer</name>
        <message>
            <source>Row %1, column “%2”: “%3” is not %4 (--strict).</source>
            <translation>Zeile %1, Spalte „%2“: „%3“ ist nicht %4 (--strict).</translation>
        </message>
        <message>
            <source>Row %1, column “%2”: the category “%3” was not seen in training (--strict).</source>
            <translation>Zeile %1, Spalte „%2“: die Kategorie „%3“ kam im Training nicht vor (--strict).</translation>
        </message>
        <message>
            <source>The shard must be i/N with 0 ≤ i &lt; N.</source>
            <translation>Der Teil muss i/N mit 0 ≤ i &lt; N sein.</translation>
        </message>
        <message>
            <source>--keep names “%1”, which the input does not have.</source>
            <translation>--keep nennt „%1“, das die Eingabe nicht hat.</translation>
        </message>
        <message>
            <source>Scoring was cancelled.</source>
            <translation>Die Bewertung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Scoring…</source>
            <translation>Bewertung läuft …</translation>
        </message>
    </context>
    <context>
        <name>churnlab::BinaryArrays</name>
        <message>
            <source>unknown type “%1”</source>
            <translation>unbekannter Typ „%1“</translation>
        </message>
        <message>
            <source>points outside the binary data</source>
            <translation>zeigt außerhalb der Binärdaten</translation>
        </message>
        <message>
            <source>holds a value that is not a number</source>
            <translation>enthält einen Wert, der keine Zahl ist</translation>
        </message>
        <message>
            <source>%1: field “%2”: %3</source>
            <translation>%1: Feld „%2“: %3</translation>
        </message>
        <message>
            <source>its offset %1 is not 8-byte aligned</source>
            <translation>sein Offset %1 ist nicht auf 8 Bytes ausgerichtet</translation>
        </message>
        <message>
            <source>%1: field “%2”: overlaps the bytes of field “%3”</source>
            <translation>%1: Feld „%2“: überschneidet sich mit den Bytes von Feld „%3“</translation>
        </message>
    </context>
    <context>
        <name>churnlab::BinaryTarget</name>
        <message>
            <source>There is no column “%1”.</source>
            <translation>Es gibt keine Spalte „%1“.</translation>
        </message>
        <message>
            <source>The target “%1” has no value “%2”; its values are %3.</source>
            <translation>Die Zielspalte „%1“ hat keinen Wert „%2“; ihre Werte sind %3.</translation>
        </message>
        <message>
            <source>The target “%1” must have two values (such as Yes and No); it has many, e.g. %2.</source>
            <translation>Das Ziel „%1“ muss zwei Werte haben (etwa Ja und Nein); es hat viele, z. B. %2.</translation>
        </message>
        <message>
            <source>The target “%1” must have two values (such as Yes and No); it has %2: %3.</source>
            <translation>Das Ziel „%1“ muss zwei Werte haben (etwa Ja und Nein); es hat %2: %3.</translation>
        </message>
        <message numerus="yes">
            <source>The target “%1” has %n row(s) whose value is neither %2 nor %3 (“%4” first in data row %5). Leave them out (the Model tab's checkbox, or --drop-other-target-values), or correct the file.</source>
            <translation>
                <numerusform>Das Ziel „%1“ hat %n Zeile(n), deren Wert weder %2 noch %3 ist („%4“ zuerst in Datenzeile %5). Lassen Sie sie aus (Kontrollkästchen im Modell-Tab oder --drop-other-target-values) oder korrigieren Sie die Datei.</numerusform>
                <numerusform>Das Ziel „%1“ hat %n Zeile(n), deren Wert weder %2 noch %3 ist („%4“ zuerst in Datenzeile %5). Lassen Sie sie aus (Kontrollkästchen im Modell-Tab oder --drop-other-target-values) oder korrigieren Sie die Datei.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with a missing %1 left out.</source>
            <translation>
                <numerusform>%n Zeile mit fehlendem %1 ausgelassen.</numerusform>
                <numerusform>%n Zeilen mit fehlendem %1 ausgelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) whose %1 is neither %2 nor %3 left out (%4; first in data row %5).</source>
            <translation>
                <numerusform>%n Zeile, deren %1 weder %2 noch %3 ist, ausgelassen (%4; zuerst in Datenzeile %5).</numerusform>
                <numerusform>%n Zeilen, deren %1 weder %2 noch %3 ist, ausgelassen (%4; zuerst in Datenzeile %5).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>churnlab::BoxPlotStats</name>
        <message>
            <source>All rows</source>
            <translation>Alle Zeilen</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Bundle</name>
        <message>
            <source>The model has not been trained.</source>
            <translation>Das Modell wurde nicht trainiert.</translation>
        </message>
        <message>
            <source>Cannot build the bundle archive.</source>
            <translation>Das Bündelarchiv kann nicht erstellt werden.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is larger than any bundle (%2 bytes).</source>
            <translation>%1 ist größer als jedes Bündel (%2 Bytes).</translation>
        </message>
        <message>
            <source>an unsafe member name is refused</source>
            <translation>ein unsicherer Name wird abgelehnt</translation>
        </message>
        <message>
            <source>not a member of a ChurnLab bundle</source>
            <translation>kein Bestandteil eines ChurnLab-Bündels</translation>
        </message>
        <message>
            <source>The bundle holds a member twice.</source>
            <translation>Das Bündel enthält einen Bestandteil doppelt.</translation>
        </message>
        <message>
            <source>The bundle is not signed, and a trusted key was given.</source>
            <translation>Das Bündel ist nicht signiert, und ein vertrauenswürdiger Schlüssel wurde angegeben.</translation>
        </message>
        <message>
            <source>the signature does not match the trusted key (a wrong key, or a changed manifest)</source>
            <translation>die Signatur passt nicht zum vertrauenswürdigen Schlüssel (falscher Schlüssel oder geändertes Manifest)</translation>
        </message>
        <message>
            <source>not listed in the manifest</source>
            <translation>nicht im Manifest aufgeführt</translation>
        </message>
        <message>
            <source>lists no checksum for %1</source>
            <translation>führt keine Prüfsumme für %1 auf</translation>
        </message>
        <message>
            <source>its SHA-256 differs from the manifest's (changed or damaged)</source>
            <translation>sein SHA-256 weicht vom Manifest ab (geändert oder beschädigt)</translation>
        </message>
        <message>
            <source>its required columns (%1) are not the pipeline's inputs (%2)</source>
            <translation>seine Pflichtspalten (%1) sind nicht die Eingaben der Pipeline (%2)</translation>
        </message>
        <message>
            <source>it takes %1 features; the pipeline makes %2</source>
            <translation>es erwartet %1 Merkmale; die Pipeline erzeugt %2</translation>
        </message>
        <message>
            <source>not a signature (damaged or made up)</source>
            <translation>keine Signatur (beschädigt oder erfunden)</translation>
        </message>
        <message>
            <source>the signature is broken: it does not match the manifest (the manifest was changed after signing, or the signature damaged)</source>
            <translation>die Signatur ist gebrochen: sie passt nicht zum Manifest (das Manifest wurde nach dem Signieren geändert oder die Signatur beschädigt)</translation>
        </message>
        <message>
            <source>unsigned</source>
            <translation>nicht signiert</translation>
        </message>
        <message>
            <source>signature present but not checked (no trusted key)</source>
            <translation>Signatur vorhanden, aber nicht geprüft (kein vertrauenswürdiger Schlüssel)</translation>
        </message>
        <message>
            <source>signature present but not checked (no trusted key); intact, names key %1</source>
            <translation>Signatur vorhanden, aber nicht geprüft (kein vertrauenswürdiger Schlüssel); unversehrt, nennt Schlüssel %1</translation>
        </message>
        <message>
            <source>signed by %1, checked against the trusted key</source>
            <translation>signiert von %1, gegen den vertrauenswürdigen Schlüssel geprüft</translation>
        </message>
        <message>
            <source>Bundle member %1: %2</source>
            <translation>Bündelteil %1: %2</translation>
        </message>
        <message>
            <source>not valid JSON (%1 at byte %2)</source>
            <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
        </message>
        <message>
            <source>valid JSON, but not a JSON object</source>
            <translation>gültiges JSON, aber kein JSON-Objekt</translation>
        </message>
        <message>
            <source>pooled out-of-fold scores of %1-fold cross-validation</source>
            <translation>gebündelte Out-of-Fold-Bewertungen einer %1-fachen Kreuzvalidierung</translation>
        </message>
        <message>
            <source>a separate test file</source>
            <translation>einer separaten Testdatei</translation>
        </message>
        <message>
            <source>a stratified %1 % holdout</source>
            <translation>einem geschichteten Holdout von %1 %</translation>
        </message>
        <message>
            <source>it has %1 features; the model takes %2</source>
            <translation>es hat %1 Merkmale; das Modell nimmt %2</translation>
        </message>
        <message>
            <source>it lists %1 values for %2 × %3</source>
            <translation>es listet %1 Werte für %2 × %3</translation>
        </message>
        <message>
            <source>value %1 is not a number</source>
            <translation>Wert %1 ist keine Zahl</translation>
        </message>
    </context>
    <context>
        <name>churnlab::BundleChecks</name>
        <message>
            <source>must be 1 to 64 letters, digits, “_”, “.” or “-”, not “%1”</source>
            <translation>muss aus 1 bis 64 Buchstaben, Ziffern, „_“, „.“ oder „-“ bestehen, nicht „%1“</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>names an empty class; both classes need a label</source>
            <translation>nennt eine leere Klasse; beide Klassen brauchen eine Bezeichnung</translation>
        </message>
        <message>
            <source>names “%1” as both the positive and the negative class</source>
            <translation>nennt „%1“ als positive und als negative Klasse</translation>
        </message>
        <message>
            <source>is “%1”, but model.json holds a “%2” model</source>
            <translation>ist „%1“, aber model.json enthält ein „%2“-Modell</translation>
        </message>
        <message>
            <source>is %1, but the model takes %2</source>
            <translation>ist %1, aber das Modell nimmt %2</translation>
        </message>
        <message>
            <source>metrics.json: more than %1 fields in one object</source>
            <translation>metrics.json: mehr als %1 Felder in einem Objekt</translation>
        </message>
        <message>
            <source>metrics.json: test: %1</source>
            <translation>metrics.json: test: %1</translation>
        </message>
        <message>
            <source>is “%1”, not kfold, holdout or test_file</source>
            <translation>ist „%1“, nicht kfold, holdout oder test_file</translation>
        </message>
        <message>
            <source>metrics.json: split.fold_metrics lists %1 folds</source>
            <translation>metrics.json: split.fold_metrics listet %1 Folds</translation>
        </message>
        <message>
            <source>too many fields</source>
            <translation>zu viele Felder</translation>
        </message>
        <message>
            <source>metrics.json: split.fold_metrics[%1]: %2</source>
            <translation>metrics.json: split.fold_metrics[%1]: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Canvas</name>
        <message>
            <source>Prediction task</source>
            <translation>Vorhersageaufgabe</translation>
        </message>
        <message>
            <source>What is predicted, for whom, and when? The target, its positive class, and how often it occurs.</source>
            <translation>Was wird für wen und wann vorhergesagt? Die Zielspalte, ihre positive Klasse und wie oft sie vorkommt.</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Entscheidungen</translation>
        </message>
        <message>
            <source>How predictions become actions: who gets an offer, at which threshold, and what a wrong decision costs.</source>
            <translation>Wie Vorhersagen zu Handlungen werden: wer ein Angebot erhält, bei welchem Schwellenwert, und was eine falsche Entscheidung kostet.</translation>
        </message>
        <message>
            <source>Value proposition</source>
            <translation>Nutzenversprechen</translation>
        </message>
        <message>
            <source>Who benefits, and how? What is the goal in the business's own terms, and what is it worth?</source>
            <translation>Wer profitiert, und wie? Was ist das Ziel in den Begriffen des Geschäfts, und was ist es wert?</translation>
        </message>
        <message>
            <source>Data collection</source>
            <translation>Datenerhebung</translation>
        </message>
        <message>
            <source>How new labelled data is gathered: when churn becomes known, and how often the training set is refreshed.</source>
            <translation>Wie neue gelabelte Daten gesammelt werden: wann Abwanderung bekannt wird und wie oft die Trainingsdaten erneuert werden.</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Datenquellen</translation>
        </message>
        <message>
            <source>Which systems the data comes from: the files and tables, their size, and who owns them.</source>
            <translation>Aus welchen Systemen die Daten stammen: die Dateien und Tabellen, ihre Größe und wem sie gehören.</translation>
        </message>
        <message>
            <source>Offline evaluation</source>
            <translation>Offline-Bewertung</translation>
        </message>
        <message>
            <source>How models are judged before deployment: the metrics, the validation, and the score that is good enough.</source>
            <translation>Wie Modelle vor dem Einsatz beurteilt werden: die Metriken, die Validierung und der Wert, der gut genug ist.</translation>
        </message>
        <message>
            <source>When not to use ML</source>
            <translation>Wann kein ML</translation>
        </message>
        <message>
            <source>Where a simple rule would do, where the model must not decide alone, and which customers it should not be used for.</source>
            <translation>Wo eine einfache Regel genügt, wo das Modell nicht allein entscheiden darf und für welche Kunden es nicht verwendet werden soll.</translation>
        </message>
        <message>
            <source>Building models</source>
            <translation>Modellbau</translation>
        </message>
        <message>
            <source>Which learners are tried, with which settings, how long training takes, and how often models are rebuilt.</source>
            <translation>Welche Lernverfahren mit welchen Einstellungen erprobt werden, wie lange das Training dauert und wie oft Modelle neu gebaut werden.</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Merkmale</translation>
        </message>
        <message>
            <source>The inputs the model sees: which columns, how they are transformed, and which are left out on purpose.</source>
            <translation>Die Eingaben, die das Modell sieht: welche Spalten, wie sie transformiert werden und welche absichtlich weggelassen werden.</translation>
        </message>
        <message>
            <source>Live evaluation and monitoring</source>
            <translation>Live-Bewertung und Überwachung</translation>
        </message>
        <message>
            <source>How the deployed model is watched: drift checks, live metrics once churn is known, and when to retrain.</source>
            <translation>Wie das eingesetzte Modell überwacht wird: Drift-Prüfungen, Live-Metriken, sobald Abwanderung bekannt ist, und wann neu trainiert wird.</translation>
        </message>
        <message>
            <source>canvas</source>
            <translation>Canvas</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CanvasFacts</name>
        <message>
            <source>separate test file</source>
            <translation>separate Testdatei</translation>
        </message>
        <message>
            <source>%1-fold cross-validation</source>
            <translation>%1-fache Kreuzvalidierung</translation>
        </message>
        <message>
            <source>%1 holdout</source>
            <translation>%1 Holdout</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>built-in sample</source>
            <translation>eingebautes Beispiel</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>binary classification of “%1”</source>
            <translation>binäre Klassifikation von „%1“</translation>
        </message>
        <message>
            <source>Positive class</source>
            <translation>Positive Klasse</translation>
        </message>
        <message>
            <source>Base rate</source>
            <translation>Basisrate</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 von %3)</translation>
        </message>
        <message>
            <source>Columns used</source>
            <translation>Verwendete Spalten</translation>
        </message>
        <message>
            <source>Model inputs after encoding</source>
            <translation>Modelleingaben nach der Kodierung</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Weggelassen</translation>
        </message>
        <message>
            <source>Customer id</source>
            <translation>Kunden-ID</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>Validierung</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metriken</translation>
        </message>
        <message>
            <source>ROC AUC, PR AUC, log loss, Brier score</source>
            <translation>ROC AUC, PR AUC, Log-Loss, Brier-Score</translation>
        </message>
        <message>
            <source>Chosen model</source>
            <translation>Gewähltes Modell</translation>
        </message>
        <message>
            <source>Test ROC AUC</source>
            <translation>ROC AUC (Test)</translation>
        </message>
        <message>
            <source>Test PR AUC</source>
            <translation>PR AUC (Test)</translation>
        </message>
        <message>
            <source>Test rows</source>
            <translation>Testzeilen</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwellenwert</translation>
        </message>
        <message>
            <source>Cost of a false positive / negative</source>
            <translation>Kosten eines falsch Positiven / Negativen</translation>
        </message>
        <message>
            <source>Expected cost per customer</source>
            <translation>Erwartete Kosten pro Kunde</translation>
        </message>
        <message>
            <source>Monthly value at the threshold</source>
            <translation>Monatswert beim Schwellenwert</translation>
        </message>
        <message>
            <source>Best threshold for value</source>
            <translation>Bester Schwellenwert nach Wert</translation>
        </message>
        <message>
            <source>%1 (%2 per month)</source>
            <translation>%1 (%2 pro Monat)</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Lernverfahren</translation>
        </message>
        <message>
            <source>Training time</source>
            <translation>Trainingszeit</translation>
        </message>
        <message>
            <source>%1 s in all</source>
            <translation>%1 s insgesamt</translation>
        </message>
        <message>
            <source>Hyperparameters of %1</source>
            <translation>Hyperparameter von %1</translation>
        </message>
        <message>
            <source>defaults</source>
            <translation>Standardwerte</translation>
        </message>
        <message>
            <source>Drift checks</source>
            <translation>Drift-Prüfungen</translation>
        </message>
        <message>
            <source>PSI of each of the %1 input columns, their missing rates, and the score distribution</source>
            <translation>PSI jeder der %1 Eingabespalten, ihre Fehlquoten und die Score-Verteilung</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>the training rows, carried in every exported bundle</source>
            <translation>die Trainingszeilen, in jedem exportierten Bundle enthalten</translation>
        </message>
        <message>
            <source>Excluded for leakage</source>
            <translation>Wegen Leakage ausgeschlossen</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>Query</source>
            <translation>Abfrage</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ClassHistogram</name>
        <message>
            <source>Other (%1 levels)</source>
            <translation>Andere (%1 Stufen)</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ColumnTypeText</name>
        <message>
            <source>Integer</source>
            <translation>Ganzzahl</translation>
        </message>
        <message>
            <source>Real</source>
            <translation>Reelle Zahl</translation>
        </message>
        <message>
            <source>Boolean</source>
            <translation>Wahrheitswert</translation>
        </message>
        <message>
            <source>Categorical</source>
            <translation>Kategorial</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CrossValidation</name>
        <message>
            <source>Cross-validation needs at least 2 folds.</source>
            <translation>Die Kreuzvalidierung braucht mindestens 2 Folds.</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Fold %1 of %2: %3</source>
            <translation>Fold %1 von %2: %3</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvDialect</name>
        <message>
            <source>comma</source>
            <translation>Komma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>Semikolon</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>pipe</source>
            <translation>senkrechter Strich</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvParse</name>
        <message>
            <source>Detecting the format</source>
            <translation>Format wird erkannt</translation>
        </message>
        <message>
            <source>Building columns</source>
            <translation>Spalten werden aufgebaut</translation>
        </message>
        <message>
            <source>The file has no columns.</source>
            <translation>Die Datei hat keine Spalten.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Reading rows</source>
            <translation>Zeilen werden gelesen</translation>
        </message>
        <message>
            <source>Reading mixed columns again</source>
            <translation>Gemischte Spalten werden erneut gelesen</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvPasses</name>
        <message>
            <source>The file is not valid UTF-8; it was read as Windows-1252. Choose another encoding if the text looks wrong.</source>
            <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Windows-1252 gelesen. Wählen Sie eine andere Kodierung, wenn der Text falsch aussieht.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) below the header were left out (skip rows).</source>
            <translation>
                <numerusform>%n Zeile unter der Kopfzeile wurde ausgelassen (Zeilen überspringen).</numerusform>
                <numerusform>%n Zeilen unter der Kopfzeile wurden ausgelassen (Zeilen überspringen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Column “%1”: %2 values could not be read as %3 and are treated as missing.</source>
            <translation>Spalte „%1“: %2 Werte konnten nicht als %3 gelesen werden und gelten als fehlend.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvPreamble</name>
        <message>
            <source>The first line “sep=%1” set the delimiter.</source>
            <translation>Die erste Zeile „sep=%1“ hat das Trennzeichen festgelegt.</translation>
        </message>
        <message>
            <source>Lines 1–%1 above the header were skipped (--header-row %2).</source>
            <translation>Die Zeilen 1–%1 über der Kopfzeile wurden übersprungen (--header-row %2).</translation>
        </message>
        <message>
            <source>Lines %1–%2 above the header look like a title and were skipped; --header-row %3 keeps this choice, --header-row 1 reads them.</source>
            <translation>Die Zeilen %1–%2 über der Kopfzeile sehen wie ein Titel aus und wurden übersprungen; --header-row %3 behält diese Wahl, --header-row 1 liest sie.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvReader</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>The row has %1 fields but the header has %2.</source>
            <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2.</translation>
        </message>
        <message>
            <source>A quoted field opens on this line and is never closed.</source>
            <translation>Ein Feld in Anführungszeichen beginnt in dieser Zeile und wird nie geschlossen.</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>Das Laden wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvStreamParse</name>
        <message>
            <source>The source has no columns.</source>
            <translation>Die Quelle hat keine Spalten.</translation>
        </message>
        <message>
            <source>A chunk of the source did not end with a whole record (line %1).</source>
            <translation>Ein Teil der Quelle endete nicht mit einem vollständigen Datensatz (Zeile %1).</translation>
        </message>
        <message>
            <source>The source sent no rows.</source>
            <translation>Die Quelle hat keine Zeilen geliefert.</translation>
        </message>
        <message>
            <source>Column “%1” has dates in more than one order.</source>
            <translation>Spalte „%1“ enthält Datumsangaben in mehr als einer Reihenfolge.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvWriter</name>
        <message>
            <source>Writing was cancelled.</source>
            <translation>Das Schreiben wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DataFingerprint</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>data fingerprint</source>
            <translation>Datenfingerabdruck</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DataQuality</name>
        <message>
            <source>%1 of %2 values (%3 %) are missing (empty or blank cells, or tokens such as NA).</source>
            <translation>%1 von %2 Werten (%3 %) fehlen (leere Zellen oder Kennzeichen wie NA).</translation>
        </message>
        <message>
            <source>Consider dropping the column, or keep it with a missing-value indicator.</source>
            <translation>Erwägen Sie, die Spalte zu entfernen, oder behalten Sie sie mit einem Fehlwert-Indikator.</translation>
        </message>
        <message>
            <source>Impute them (median or most frequent) and add a missing-value indicator.</source>
            <translation>Ergänzen Sie sie (Median oder häufigster Wert) und fügen Sie einen Fehlwert-Indikator hinzu.</translation>
        </message>
        <message>
            <source>The column has no values at all.</source>
            <translation>Die Spalte hat überhaupt keine Werte.</translation>
        </message>
        <message>
            <source>Ignore it.</source>
            <translation>Ignorieren Sie sie.</translation>
        </message>
        <message>
            <source>Every value is the same (%1).</source>
            <translation>Jeder Wert ist gleich (%1).</translation>
        </message>
        <message>
            <source>Ignore it: a constant column cannot explain churn.</source>
            <translation>Ignorieren Sie sie: eine konstante Spalte kann Abwanderung nicht erklären.</translation>
        </message>
        <message>
            <source>Every value is different (%1 distinct in %2 rows): it looks like an identifier.</source>
            <translation>Jeder Wert ist anders (%1 verschiedene in %2 Zeilen): das sieht nach einer Kennung aus.</translation>
        </message>
        <message>
            <source>Set its role to ID so that models ignore it.</source>
            <translation>Setzen Sie ihre Rolle auf ID, damit Modelle sie ignorieren.</translation>
        </message>
        <message>
            <source>%1 % of the values are “%2”.</source>
            <translation>%1 % der Werte sind „%2“.</translation>
        </message>
        <message>
            <source>It carries little information; consider ignoring it.</source>
            <translation>Sie trägt wenig Information; erwägen Sie, sie zu ignorieren.</translation>
        </message>
        <message>
            <source>%1 distinct categories.</source>
            <translation>%1 verschiedene Kategorien.</translation>
        </message>
        <message>
            <source>Group rare levels, use target encoding, or ignore the column.</source>
            <translation>Fassen Sie seltene Stufen zusammen, verwenden Sie Target-Encoding oder ignorieren Sie die Spalte.</translation>
        </message>
        <message>
            <source>The values are numbers except %1, so the column was read as text.</source>
            <translation>Die Werte sind Zahlen außer %1, daher wurde die Spalte als Text gelesen.</translation>
        </message>
        <message>
            <source>Override its type to Real: the odd values become missing.</source>
            <translation>Setzen Sie ihren Typ auf Reelle Zahl: die abweichenden Werte werden zu Fehlwerten.</translation>
        </message>
        <message>
            <source>%1 values lie more than 3 interquartile ranges outside the middle half (%2 to %3).</source>
            <translation>%1 Werte liegen mehr als 3 Interquartilsabstände außerhalb der mittleren Hälfte (%2 bis %3).</translation>
        </message>
        <message>
            <source>Check them; a log transform or clipping tames them for linear models.</source>
            <translation>Prüfen Sie sie; eine Log-Transformation oder Kappung zähmt sie für lineare Modelle.</translation>
        </message>
        <message>
            <source>%1 rows repeat an earlier row exactly.</source>
            <translation>%1 Zeilen wiederholen eine frühere Zeile genau.</translation>
        </message>
        <message>
            <source>Remove duplicates unless they are real repeated customers.</source>
            <translation>Entfernen Sie Duplikate, außer es sind wirklich wiederholte Kunden.</translation>
        </message>
        <message>
            <source>The target has a single class (%1): there is nothing to predict.</source>
            <translation>Die Zielspalte hat nur eine Klasse (%1): es gibt nichts vorherzusagen.</translation>
        </message>
        <message>
            <source>Choose another target column or load data with both outcomes.</source>
            <translation>Wählen Sie eine andere Zielspalte oder laden Sie Daten mit beiden Ausgängen.</translation>
        </message>
        <message>
            <source>Only %1 % of the rows are in the smaller class.</source>
            <translation>Nur %1 % der Zeilen gehören zur kleineren Klasse.</translation>
        </message>
        <message>
            <source>Judge models by PR AUC and cost, not accuracy; consider class weights.</source>
            <translation>Beurteilen Sie Modelle nach PR-AUC und Kosten, nicht nach Genauigkeit; erwägen Sie Klassengewichte.</translation>
        </message>
        <message numerus="yes">
            <source>The first %n data row(s) hold text where %1 columns otherwise hold numbers (e.g. “%2”), so those columns were read as text: a description row under the header?</source>
            <translation>
                <numerusform>Die erste Datenzeile enthält Text, wo %1 Spalten sonst Zahlen enthalten (z. B. „%2“), daher wurden diese Spalten als Text gelesen: eine Beschreibungszeile unter der Kopfzeile?</numerusform>
                <numerusform>Die ersten %n Datenzeilen enthalten Text, wo %1 Spalten sonst Zahlen enthalten (z. B. „%2“), daher wurden diese Spalten als Text gelesen: eine Beschreibungszeile unter der Kopfzeile?</numerusform>
            </translation>
        </message>
        <message>
            <source>Skip it: Skip rows %1 in the import preview, or --skip-rows %1 on the command line.</source>
            <translation>Überspringen Sie sie: Zeilen überspringen %1 in der Importvorschau oder --skip-rows %1 auf der Kommandozeile.</translation>
        </message>
        <message>
            <source>Every value is a number grouped with “%1” as the thousands separator (e.g. “%2”), so the column was read as text.</source>
            <translation>Jeder Wert ist eine mit „%1“ als Tausendertrennzeichen gruppierte Zahl (z. B. „%2“), daher wurde die Spalte als Text gelesen.</translation>
        </message>
        <message>
            <source>Read it as numbers: Thousands separator “%1” in the import preview, or --thousands %1.</source>
            <translation>Als Zahlen lesen: Tausendertrennzeichen „%1“ in der Importvorschau oder --thousands %1.</translation>
        </message>
        <message>
            <source>Training leaves it out. Make it a Feature only if it is known before the customer churns.</source>
            <translation>Das Training lässt sie weg. Machen Sie sie nur zum Merkmal, wenn sie vor der Kündigung bekannt ist.</translation>
        </message>
        <message>
            <source>Check when it is recorded. If after the outcome, exclude it (Features ▸ Exclude All Flagged).</source>
            <translation>Prüfen Sie, wann sie erfasst wird. Wenn nach dem Ergebnis, schließen Sie sie aus (Merkmale ▸ Alle markierten ausschließen).</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DataSource</name>
        <message>
            <source>built-in sample</source>
            <translation>eingebautes Beispiel</translation>
        </message>
        <message>
            <source>%1 is not there any more.</source>
            <translation>%1 ist nicht mehr vorhanden.</translation>
        </message>
        <message>
            <source>%1 has changed: it was %2 bytes and is now %3.</source>
            <translation>%1 hat sich geändert: es waren %2 Bytes, jetzt sind es %3.</translation>
        </message>
        <message>
            <source>%1 has changed since the project was saved (its SHA-256 differs).</source>
            <translation>%1 hat sich geändert, seit das Projekt gespeichert wurde (sein SHA-256 weicht ab).</translation>
        </message>
        <message>
            <source>The project has no data yet.</source>
            <translation>Das Projekt hat noch keine Daten.</translation>
        </message>
        <message>
            <source>import options</source>
            <translation>Importoptionen</translation>
        </message>
        <message>
            <source>must be one ASCII character</source>
            <translation>muss ein ASCII-Zeichen sein</translation>
        </message>
        <message>
            <source>“%1” is not an encoding ChurnLab reads</source>
            <translation>„%1“ ist keine Kodierung, die ChurnLab liest</translation>
        </message>
        <message>
            <source>“%1” is not a column type</source>
            <translation>„%1“ ist kein Spaltentyp</translation>
        </message>
        <message>
            <source>data source</source>
            <translation>Datenquelle</translation>
        </message>
        <message>
            <source>%1 rows, now %2</source>
            <translation>%1 Zeilen, jetzt %2</translation>
        </message>
        <message>
            <source>%1 columns, now %2</source>
            <translation>%1 Spalten, jetzt %2</translation>
        </message>
        <message>
            <source>the same shape, but values differ (the SHA-256 of the rows changed)</source>
            <translation>gleiche Form, aber andere Werte (der SHA-256 der Zeilen hat sich geändert)</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DatabaseQuery</name>
        <message>
            <source>%1, query</source>
            <translation>%1, Abfrage</translation>
        </message>
        <message>
            <source>%1, table %2</source>
            <translation>%1, Tabelle %2</translation>
        </message>
        <message>
            <source>Name either a table or a query to read from %1.</source>
            <translation>Nennen Sie entweder eine Tabelle oder eine Abfrage, um aus %1 zu lesen.</translation>
        </message>
        <message>
            <source>The query is empty.</source>
            <translation>Die Abfrage ist leer.</translation>
        </message>
        <message>
            <source>database source</source>
            <translation>Datenbankquelle</translation>
        </message>
        <message>
            <source>A sample needs a number of rows (--sample-rows N).</source>
            <translation>Eine Stichprobe braucht eine Zeilenzahl (--sample-rows N).</translation>
        </message>
        <message>
            <source>ODBC drivers share no way to draw a random sample: write it into the query (e.g. TABLESAMPLE or ORDER BY random()) and use --limit.</source>
            <translation>ODBC-Treiber haben keinen gemeinsamen Weg, eine Zufallsstichprobe zu ziehen: schreiben Sie sie in die Abfrage (z. B. TABLESAMPLE oder ORDER BY random()) und verwenden Sie --limit.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DatabaseUrl</name>
        <message>
            <source>Unknown database “%1”: use postgresql://, mysql://, sqlite:// or odbc://.</source>
            <translation>Unbekannte Datenbank „%1“: verwenden Sie postgresql://, mysql://, sqlite:// oder odbc://.</translation>
        </message>
        <message>
            <source>“%1” is not a database URL (postgresql://, mysql://, sqlite:// or odbc://).</source>
            <translation>„%1“ ist keine Datenbank-URL (postgresql://, mysql://, sqlite:// oder odbc://).</translation>
        </message>
        <message>
            <source>The SQLite URL names no file: sqlite:///path/to/file.db.</source>
            <translation>Die SQLite-URL nennt keine Datei: sqlite:///pfad/zur/datei.db.</translation>
        </message>
        <message>
            <source>The ODBC URL names no data source: odbc://DSN or odbc:Driver={…};Server=…</source>
            <translation>Die ODBC-URL nennt keine Datenquelle: odbc://DSN oder odbc:Driver={…};Server=…</translation>
        </message>
        <message>
            <source>Cannot read the database URL “%1”: %2</source>
            <translation>Die Datenbank-URL „%1“ ist nicht lesbar: %2</translation>
        </message>
        <message>
            <source>it names no host</source>
            <translation>sie nennt keinen Host</translation>
        </message>
        <message>
            <source>The database URL names no database: %1://host/database.</source>
            <translation>Die Datenbank-URL nennt keine Datenbank: %1://host/datenbank.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DecisionTree</name>
        <message>
            <source>No training rows.</source>
            <translation>Keine Trainingszeilen.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Das Training wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DriftMonitor</name>
        <message>
            <source>KS and Wasserstein on an even sample of %1 rows</source>
            <translation>KS und Wasserstein auf einer gleichmäßigen Stichprobe von %1 Zeilen</translation>
        </message>
        <message>
            <source>(other)</source>
            <translation>(sonstige)</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 holds no scored requests.</source>
            <translation>%1 enthält keine bewerteten Anfragen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DriftReference</name>
        <message>
            <source>drift reference</source>
            <translation>Drift-Referenz</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DriftReport</name>
        <message>
            <source>The current data lacks %n column(s) the model needs.</source>
            <translation>Den aktuellen Daten fehlen %n Spalte(n), die das Modell braucht.</translation>
        </message>
        <message>
            <source>No drift: every column and the scores look like the training data.</source>
            <translation>Keine Drift: jede Spalte und die Scores sehen aus wie die Trainingsdaten.</translation>
        </message>
        <message>
            <source>Dataset drift: %n of the columns drifted.</source>
            <translation>Drift des Datensatzes: %n der Spalten sind gedriftet.</translation>
        </message>
        <message>
            <source>The model's scores drifted, though no single column did.</source>
            <translation>Die Scores des Modells sind gedriftet, obwohl keine einzelne Spalte driftete.</translation>
        </message>
        <message>
            <source>Drift in %n column(s).</source>
            <translation>Drift in %n Spalte(n).</translation>
        </message>
        <message>
            <source>Kolmogorov–Smirnov</source>
            <translation>Kolmogorow–Smirnow</translation>
        </message>
        <message>
            <source>chi-square</source>
            <translation>Chi-Quadrat</translation>
        </message>
        <message>
            <source>Wasserstein</source>
            <translation>Wasserstein</translation>
        </message>
        <message>
            <source>Jensen–Shannon</source>
            <translation>Jensen–Shannon</translation>
        </message>
        <message>
            <source>small</source>
            <translation>gering</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mäßig</translation>
        </message>
        <message>
            <source>major</source>
            <translation>stark</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Error</name>
        <message>
            <source>Line %1, column %2: %3</source>
            <translation>Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::EvaluationRows</name>
        <message numerus="yes">
            <source>%n holdout row(s)</source>
            <translation>
                <numerusform>%n Holdout-Zeile</numerusform>
                <numerusform>%n Holdout-Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) scored out of fold</source>
            <translation>
                <numerusform>%n außerhalb des Folds bewertete Zeile</numerusform>
                <numerusform>%n außerhalb der Folds bewertete Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of the test file</source>
            <translation>
                <numerusform>%n Zeile der Testdatei</numerusform>
                <numerusform>%n Zeilen der Testdatei</numerusform>
            </translation>
        </message>
        <message>
            <source>rows not recorded</source>
            <translation>Zeilen nicht festgehalten</translation>
        </message>
        <message>
            <source>model report: evaluation: %1</source>
            <translation>Modellbericht: Bewertung: %1</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>kein Objekt</translation>
        </message>
        <message>
            <source>unknown source “%1”</source>
            <translation>unbekannte Quelle „%1“</translation>
        </message>
        <message>
            <source>data_rows is not a row count</source>
            <translation>data_rows ist keine Zeilenzahl</translation>
        </message>
        <message>
            <source>row %1 is not a row of the %2 data rows</source>
            <translation>Zeile %1 ist keine der %2 Datenzeilen</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Explainer</name>
        <message>
            <source>The rows have %1 features; the model takes %2.</source>
            <translation>Die Zeilen haben %1 Merkmale; das Modell nimmt %2.</translation>
        </message>
        <message>
            <source>This model was saved without the background sample its explanations need; train or export it again.</source>
            <translation>Dieses Modell wurde ohne die Hintergrundstichprobe gespeichert, die seine Erklärungen brauchen; trainieren oder exportieren Sie es erneut.</translation>
        </message>
        <message>
            <source>exact TreeSHAP</source>
            <translation>exaktes TreeSHAP</translation>
        </message>
        <message>
            <source>exact linear contributions</source>
            <translation>exakte lineare Beiträge</translation>
        </message>
        <message>
            <source>sampling Shapley estimate</source>
            <translation>Shapley-Schätzung durch Stichproben</translation>
        </message>
        <message>
            <source>log-odds</source>
            <translation>Log-Odds</translation>
        </message>
        <message>
            <source>probability</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <source>The explanation was cancelled.</source>
            <translation>Die Erklärung wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FairnessAnalysis</name>
        <message>
            <source>The data has no column “%1” to analyse.</source>
            <translation>Die Daten haben keine Spalte „%1“ zum Analysieren.</translation>
        </message>
        <message>
            <source>%1 scores for %2 rows.</source>
            <translation>%1 Bewertungen für %2 Zeilen.</translation>
        </message>
        <message>
            <source>None of the rows has a label; fairness needs the actual outcomes.</source>
            <translation>Keine der Zeilen hat ein Label; Fairness braucht die tatsächlichen Ergebnisse.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FairnessReport</name>
        <message>
            <source>within</source>
            <translation>innerhalb</translation>
        </message>
        <message>
            <source>outside</source>
            <translation>außerhalb</translation>
        </message>
        <message>
            <source>Demographic parity difference %1 (%2 the band ≤ %3): the flagged shares range over %1.</source>
            <translation>Demografische Paritätsdifferenz %1 (%2 der Grenze ≤ %3): die markierten Anteile liegen %1 auseinander.</translation>
        </message>
        <message>
            <source>Demographic parity ratio %1 (%2 the four-fifths band ≥ %3).</source>
            <translation>Demografisches Paritätsverhältnis %1 (%2 der Vier-Fünftel-Grenze ≥ %3).</translation>
        </message>
        <message>
            <source>Equalized-odds difference %1 (%2 the band ≤ %3): TPR gap %4, FPR gap %5.</source>
            <translation>Equalized-Odds-Differenz %1 (%2 der Grenze ≤ %3): TPR-Abstand %4, FPR-Abstand %5.</translation>
        </message>
        <message>
            <source>| %1 | Customers | Churn rate | Flagged | TPR | FPR | Precision | AUC | Calibration error |
</source>
            <translation>| %1 | Kunden | Abwanderungsrate | Markiert | TPR | FPR | Präzision | AUC | Kalibrierungsfehler |
</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FairnessSettings</name>
        <message>
            <source>fairness settings</source>
            <translation>Fairness-Einstellungen</translation>
        </message>
        <message>
            <source>must be ascending numbers</source>
            <translation>muss aufsteigende Zahlen enthalten</translation>
        </message>
        <message>
            <source>gives “%1” a threshold outside 0 to 1</source>
            <translation>gibt „%1“ einen Schwellenwert außerhalb von 0 bis 1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FeatureConfig</name>
        <message>
            <source>“%1” must be one of %2</source>
            <translation>„%1“ muss einer dieser Werte sein: %2</translation>
        </message>
        <message>
            <source>“bins” must be a whole number from 0 to 255</source>
            <translation>„bins“ muss eine ganze Zahl von 0 bis 255 sein</translation>
        </message>
        <message>
            <source>column “%1”: %2</source>
            <translation>Spalte „%1“: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 is not a JSON object (%2 at byte %3)</source>
            <translation>%1 ist kein JSON-Objekt (%2 bei Byte %3)</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FeaturePipeline</name>
        <message>
            <source>feature pipeline</source>
            <translation>Merkmals-Pipeline</translation>
        </message>
        <message>
            <source>must be in ascending order</source>
            <translation>muss aufsteigend geordnet sein</translation>
        </message>
        <message>
            <source>must not be empty or zero</source>
            <translation>darf nicht leer oder null sein</translation>
        </message>
        <message>
            <source>is not a known encoding</source>
            <translation>ist keine bekannte Kodierung</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>names a block that is neither numeric nor categorical</source>
            <translation>nennt einen Block, der weder numerisch noch kategorial ist</translation>
        </message>
        <message>
            <source>does not list every block once</source>
            <translation>führt nicht jeden Block genau einmal auf</translation>
        </message>
        <message>
            <source>feature pipeline: field “features” does not match the blocks</source>
            <translation>Merkmals-Pipeline: Feld „features“ passt nicht zu den Blöcken</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FileRowSink</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::GradientBoosting</name>
        <message>
            <source>No training rows.</source>
            <translation>Keine Trainingszeilen.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Das Training wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::HttpRequestParser</name>
        <message>
            <source>The request line and headers exceed %1 bytes.</source>
            <translation>Anfragezeile und Header überschreiten %1 Bytes.</translation>
        </message>
        <message>
            <source>A header line ends in a bare line feed; HTTP wants CR LF.</source>
            <translation>Eine Headerzeile endet mit einem bloßen Zeilenvorschub; HTTP verlangt CR LF.</translation>
        </message>
        <message>
            <source>The request line is not “METHOD /path HTTP/1.1”.</source>
            <translation>Die Anfragezeile ist nicht „METHODE /pfad HTTP/1.1“.</translation>
        </message>
        <message>
            <source>HTTP version %1 is not supported; use HTTP/1.1.</source>
            <translation>HTTP-Version %1 wird nicht unterstützt; verwenden Sie HTTP/1.1.</translation>
        </message>
        <message>
            <source>The request target must be a path starting with “/”.</source>
            <translation>Das Anfrageziel muss ein Pfad sein, der mit „/“ beginnt.</translation>
        </message>
        <message>
            <source>The request has more than %1 headers.</source>
            <translation>Die Anfrage hat mehr als %1 Header.</translation>
        </message>
        <message>
            <source>Folded header lines are not accepted (RFC 9112 §5.2).</source>
            <translation>Gefaltete Headerzeilen werden nicht angenommen (RFC 9112 §5.2).</translation>
        </message>
        <message>
            <source>A header line is not “Name: value” (no space before the colon).</source>
            <translation>Eine Headerzeile ist nicht „Name: Wert“ (kein Leerzeichen vor dem Doppelpunkt).</translation>
        </message>
        <message>
            <source>Header %1 holds a control character.</source>
            <translation>Header %1 enthält ein Steuerzeichen.</translation>
        </message>
        <message>
            <source>Content-Length “%1” is not a length.</source>
            <translation>Content-Length „%1“ ist keine Länge.</translation>
        </message>
        <message>
            <source>The request gives two different Content-Length values.</source>
            <translation>Die Anfrage nennt zwei verschiedene Content-Length-Werte.</translation>
        </message>
        <message>
            <source>Transfer-Encoding “%1” is not supported; send Content-Length or chunked.</source>
            <translation>Transfer-Encoding „%1“ wird nicht unterstützt; senden Sie Content-Length oder chunked.</translation>
        </message>
        <message>
            <source>The request has two Host headers.</source>
            <translation>Die Anfrage hat zwei Host-Header.</translation>
        </message>
        <message>
            <source>Only “Expect: 100-continue” is understood.</source>
            <translation>Nur „Expect: 100-continue“ wird verstanden.</translation>
        </message>
        <message>
            <source>The request has both Transfer-Encoding and Content-Length.</source>
            <translation>Die Anfrage hat sowohl Transfer-Encoding als auch Content-Length.</translation>
        </message>
        <message>
            <source>An HTTP/1.1 request needs a Host header.</source>
            <translation>Eine HTTP/1.1-Anfrage braucht einen Host-Header.</translation>
        </message>
        <message>
            <source>The body (%1 bytes) is larger than the server accepts (%2 bytes).</source>
            <translation>Der Rumpf (%1 Bytes) ist größer, als der Server annimmt (%2 Bytes).</translation>
        </message>
        <message>
            <source>A chunk line of the body is too long.</source>
            <translation>Eine Chunk-Zeile des Rumpfs ist zu lang.</translation>
        </message>
        <message>
            <source>A chunk of the body is longer than its size says.</source>
            <translation>Ein Chunk des Rumpfs ist länger, als seine Größe angibt.</translation>
        </message>
        <message>
            <source>A chunk size of the body is not a hexadecimal number.</source>
            <translation>Eine Chunk-Größe des Rumpfs ist keine Hexadezimalzahl.</translation>
        </message>
        <message>
            <source>The body is larger than the server accepts (%1 bytes).</source>
            <translation>Der Rumpf ist größer, als der Server annimmt (%1 Bytes).</translation>
        </message>
        <message>
            <source>The trailer fields exceed %1 bytes.</source>
            <translation>Die Trailer-Felder überschreiten %1 Bytes.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::HttpResponse</name>
        <message>
            <source>The body is not valid JSON: %1 at byte %2.</source>
            <translation>Der Rumpf ist kein gültiges JSON: %1 bei Byte %2.</translation>
        </message>
        <message>
            <source>The body must be a JSON object.</source>
            <translation>Der Rumpf muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <source>%1 does not take %2; use %3.</source>
            <translation>%1 nimmt kein %2; verwenden Sie %3.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::HyperParameter</name>
        <message>
            <source>one of %1</source>
            <translation>eines von %1</translation>
        </message>
        <message>
            <source>a whole number from %1 to %2</source>
            <translation>eine ganze Zahl von %1 bis %2</translation>
        </message>
        <message>
            <source>a number from %1 to %2</source>
            <translation>eine Zahl von %1 bis %2</translation>
        </message>
        <message>
            <source>Penalty strength (C)</source>
            <translation>Strafstärke (C)</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>Strafterm</translation>
        </message>
        <message>
            <source>L1 share of the penalty</source>
            <translation>L1-Anteil des Strafterms</translation>
        </message>
        <message>
            <source>Most iterations</source>
            <translation>Höchstens Iterationen</translation>
        </message>
        <message>
            <source>Trees</source>
            <translation>Bäume</translation>
        </message>
        <message>
            <source>Greatest depth</source>
            <translation>Größte Tiefe</translation>
        </message>
        <message>
            <source>Most leaves</source>
            <translation>Höchstens Blätter</translation>
        </message>
        <message>
            <source>Fewest rows per leaf</source>
            <translation>Mindestens Zeilen je Blatt</translation>
        </message>
        <message>
            <source>Columns tried per split</source>
            <translation>Geprüfte Spalten je Teilung</translation>
        </message>
        <message>
            <source>Rows per tree (share)</source>
            <translation>Zeilen je Baum (Anteil)</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <source>Rows per round (share)</source>
            <translation>Zeilen je Runde (Anteil)</translation>
        </message>
        <message>
            <source>Columns per round (share)</source>
            <translation>Spalten je Runde (Anteil)</translation>
        </message>
        <message>
            <source>L2 penalty on leaves (λ)</source>
            <translation>L2-Strafe auf Blätter (λ)</translation>
        </message>
        <message>
            <source>Penalty (α)</source>
            <translation>Strafterm (α)</translation>
        </message>
        <message>
            <source>Hidden units</source>
            <translation>Verborgene Einheiten</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Epochen</translation>
        </message>
        <message>
            <source>Most epochs</source>
            <translation>Höchstens Epochen</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batchgröße</translation>
        </message>
        <message>
            <source>Patience (epochs without gain)</source>
            <translation>Geduld (Epochen ohne Gewinn)</translation>
        </message>
        <message>
            <source>Early-stopping share</source>
            <translation>Anteil für frühes Stoppen</translation>
        </message>
        <message>
            <source>Variance smoothing</source>
            <translation>Varianzglättung</translation>
        </message>
    </context>
    <context>
        <name>churnlab::InputSchema</name>
        <message>
            <source>The input has no column “%1”, which the model needs (as %2).</source>
            <translation>Die Eingabe hat keine Spalte „%1“, die das Modell braucht (als %2).</translation>
        </message>
        <message>
            <source>No record has the field “%1”, which the model needs (as %2).</source>
            <translation>Kein Datensatz hat das Feld „%1“, das das Modell braucht (als %2).</translation>
        </message>
        <message>
            <source>input schema</source>
            <translation>Eingabeschema</translation>
        </message>
        <message>
            <source>is not a column type</source>
            <translation>ist kein Spaltentyp</translation>
        </message>
    </context>
    <context>
        <name>churnlab::JsonFields</name>
        <message>
            <source>%1: field “%2” %3</source>
            <translation>%1: Feld „%2“ %3</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>muss eine Zahl sein</translation>
        </message>
        <message>
            <source>must be a number from %1 to %2</source>
            <translation>muss eine Zahl von %1 bis %2 sein</translation>
        </message>
        <message>
            <source>must be a whole number from %1 to %2</source>
            <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>muss true oder false sein</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>muss Text sein</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>muss ein Objekt sein</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>muss eine Liste sein</translation>
        </message>
        <message>
            <source>has %1 values where %2 are expected</source>
            <translation>hat %1 Werte, wo %2 erwartet werden</translation>
        </message>
        <message>
            <source>is “%1”, not “%2”</source>
            <translation>ist „%1“, nicht „%2“</translation>
        </message>
        <message>
            <source>%1 has format version %2, made by a newer ChurnLab; this one reads up to version %3.</source>
            <translation>%1 hat die Formatversion %2, erstellt von einem neueren ChurnLab; dieses liest bis Version %3.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::LeakageScreen</name>
        <message>
            <source>“%1” has a value only in rows whose outcome is “%2”: it is recorded after the outcome.</source>
            <translation>„%1“ hat nur in Zeilen mit dem Ergebnis „%2“ einen Wert: sie wird nach dem Ergebnis erfasst.</translation>
        </message>
        <message>
            <source>“%1” is named like an outcome or a model's output and alone predicts the target strongly (AUC %2).</source>
            <translation>„%1“ heißt wie ein Ergebnis oder eine Modellausgabe und sagt allein das Ziel stark vorher (AUC %2).</translation>
        </message>
        <message>
            <source>“%1” alone separates the target almost perfectly (AUC %2).</source>
            <translation>„%1“ allein trennt das Ziel fast perfekt (AUC %2).</translation>
        </message>
        <message>
            <source>“%1” alone predicts the target suspiciously well (AUC %2).</source>
            <translation>„%1“ allein sagt das Ziel verdächtig gut vorher (AUC %2).</translation>
        </message>
        <message>
            <source>A leakage finding needs a column, a tier (leak or suspicious), a reason and an AUC.</source>
            <translation>Ein Leakage-Befund braucht eine Spalte, eine Stufe (leak oder suspicious), einen Grund und eine AUC.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::LogisticRegression</name>
        <message>
            <source>No training rows.</source>
            <translation>Keine Trainingszeilen.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Das Training wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::MlflowAdapter</name>
        <message>
            <source>The CSV body cannot be read: %1</source>
            <translation>Der CSV-Rumpf kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>dataframe_split: column “%1” is listed twice.</source>
            <translation>dataframe_split: Spalte „%1“ ist doppelt aufgeführt.</translation>
        </message>
        <message>
            <source>dataframe_split: every row of “data” must list one value per column.</source>
            <translation>dataframe_split: jede Zeile von „data“ muss einen Wert je Spalte enthalten.</translation>
        </message>
        <message>
            <source>Expected dataframe_split, dataframe_records or instances (JSON), or a CSV body.</source>
            <translation>Erwartet: dataframe_split, dataframe_records oder instances (JSON) oder ein CSV-Rumpf.</translation>
        </message>
        <message>
            <source>%1: every record must be a JSON object.</source>
            <translation>%1: jeder Datensatz muss ein JSON-Objekt sein.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::MlflowExport</name>
        <message>
            <source>Cannot create %1.</source>
            <translation>%1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Cannot copy %1 to %2.</source>
            <translation>%1 kann nicht nach %2 kopiert werden.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Model</name>
        <message>
            <source>gradient boosting</source>
            <translation>Gradient Boosting</translation>
        </message>
        <message>
            <source>logistic regression</source>
            <translation>logistische Regression</translation>
        </message>
        <message>
            <source>naive Bayes</source>
            <translation>naiver Bayes</translation>
        </message>
        <message>
            <source>must be positive</source>
            <translation>muss positiv sein</translation>
        </message>
        <message>
            <source>neural network</source>
            <translation>neuronales Netz</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ModelCard</name>
        <message>
            <source># Model card: %1

</source>
            <translation># Modellkarte: %1

</translation>
        </message>
        <message>
            <source>Made by ChurnLab %1 on %2.

</source>
            <translation>Erstellt von ChurnLab %1 am %2.

</translation>
        </message>
        <message>
            <source>## Intended use

Ranks customers by their probability of churn (%1 = “%2”), so that a retention team can decide whom to contact. It supports a decision; it does not make one about a person on its own.

</source>
            <translation>## Verwendungszweck

Ordnet Kunden nach ihrer Abwanderungswahrscheinlichkeit (%1 = „%2“), damit ein Team zur Kundenbindung entscheiden kann, wen es anspricht. Es unterstützt eine Entscheidung; es trifft keine über eine Person allein.

</translation>
        </message>
        <message>
            <source>## Data

- File: %1 (%2 bytes, SHA-256 %3)
- %4 rows, %5 columns

</source>
            <translation>## Daten

- Datei: %1 (%2 Bytes, SHA-256 %3)
- %4 Zeilen, %5 Spalten

</translation>
        </message>
        <message>
            <source>## Metrics

On %1 (%2 training rows, %3 test rows):

</source>
            <translation>## Metriken

Auf %1 (%2 Trainingszeilen, %3 Testzeilen):

</translation>
        </message>
        <message>
            <source>## Threshold and costs

A customer is flagged when the probability is at least %1. A false positive (an offer to a customer who would have stayed) costs %2; a false negative (a churner missed) costs %3.

</source>
            <translation>## Schwellenwert und Kosten

Ein Kunde wird markiert, wenn die Wahrscheinlichkeit mindestens %1 beträgt. Ein falsch Positiver (ein Angebot an einen Kunden, der geblieben wäre) kostet %2; ein falsch Negativer (ein übersehener Abwanderer) kostet %3.

</translation>
        </message>
        <message>
            <source>## Limits

- The model knows only the customers and the period of its training data; watch it for drift (the bundle carries a reference of the training data).
- Categories it never saw are scored as rare ones; numbers outside the training range are scored as they are. The scorer counts both.
- Metrics come from one split of one file; they move with the data.

</source>
            <translation>## Grenzen

- Das Modell kennt nur die Kunden und den Zeitraum seiner Trainingsdaten; überwachen Sie es auf Drift (das Bündel enthält eine Referenz der Trainingsdaten).
- Nie gesehene Kategorien werden wie seltene bewertet; Zahlen außerhalb des Trainingsbereichs so, wie sie sind. Der Bewerter zählt beides.
- Die Metriken stammen aus einer Aufteilung einer Datei; sie ändern sich mit den Daten.

</translation>
        </message>
        <message>
            <source>## Warnings from the data checks

</source>
            <translation>## Warnungen aus den Datenprüfungen

</translation>
        </message>
        <message>
            <source>None.
</source>
            <translation>Keine.
</translation>
        </message>
        <message>
            <source>## Version

Version %1, retrained on new data with the settings of version %2 (made on %3) and promoted over it. %4

</source>
            <translation>## Version

Version %1, mit den Einstellungen von Version %2 (erstellt am %3) auf neuen Daten nachtrainiert und an ihrer Stelle übernommen. %4

</translation>
        </message>
        <message>
            <source>## Fairness

</source>
            <translation>## Fairness

</translation>
        </message>
        <message>
            <source>No column was marked sensitive, so no groups were compared. Mark one (role Sensitive) to measure how the model treats its groups.

</source>
            <translation>Keine Spalte wurde als sensibel markiert, daher wurden keine Gruppen verglichen. Markieren Sie eine (Rolle Sensibel), um zu messen, wie das Modell ihre Gruppen behandelt.

</translation>
        </message>
        <message>
            <source>On the test rows, at the threshold. Bands: parity and equalized-odds differences at most 0.1, parity ratio at least 0.8 (the four-fifths rule).

</source>
            <translation>Auf den Testzeilen, an der Schwelle. Grenzen: Paritäts- und Equalized-Odds-Differenz höchstens 0,1, Paritätsverhältnis mindestens 0,8 (die Vier-Fünftel-Regel).

</translation>
        </message>
        <message>
            <source>- “%1” is a proxy for “%2” (Cramér's V %3).
</source>
            <translation>- „%1“ ist ein Stellvertreter für „%2“ (Cramérs V %3).
</translation>
        </message>
        <message>
            <source>- Settings:
</source>
            <translation>- Einstellungen:
</translation>
        </message>
        <message>
            <source>## Model

- Learner: %1 (`%2`)
</source>
            <translation>## Modell

- Lernverfahren: %1 (`%2`)
</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ModelCatalog</name>
        <message>
            <source>Logistic regression</source>
            <translation>Logistische Regression</translation>
        </message>
        <message>
            <source>A linear model of the log-odds of churn; fast, readable coefficients. Penalty L2, L1 (sparse) or elastic net; C is the inverse penalty strength.</source>
            <translation>Ein lineares Modell der Log-Odds der Abwanderung; schnell, lesbare Koeffizienten. Strafe L2, L1 (dünn besetzt) oder Elastic Net; C ist die inverse Strafstärke.</translation>
        </message>
        <message>
            <source>Decision tree</source>
            <translation>Entscheidungsbaum</translation>
        </message>
        <message>
            <source>One CART tree: a readable set of rules, less accurate than the ensembles.</source>
            <translation>Ein CART-Baum: ein lesbares Regelwerk, weniger genau als die Ensembles.</translation>
        </message>
        <message>
            <source>Random forest</source>
            <translation>Random Forest</translation>
        </message>
        <message>
            <source>Many deep trees on bootstrap samples, averaged; robust with little tuning.</source>
            <translation>Viele tiefe Bäume auf Bootstrap-Stichproben, gemittelt; robust mit wenig Abstimmung.</translation>
        </message>
        <message>
            <source>Gradient boosting</source>
            <translation>Gradient Boosting</translation>
        </message>
        <message>
            <source>Histogram gradient-boosted trees (LightGBM-style) with early stopping; usually the most accurate on tabular churn data.</source>
            <translation>Histogramm-basierte Gradient-Boosting-Bäume (wie LightGBM) mit frühem Abbruch; meist am genauesten auf tabellarischen Abwanderungsdaten.</translation>
        </message>
        <message>
            <source>Naive Bayes</source>
            <translation>Naive Bayes</translation>
        </message>
        <message>
            <source>Gaussian for numbers, categorical for categories; a fast, simple baseline.</source>
            <translation>Gaußsch für Zahlen, kategorial für Kategorien; eine schnelle, einfache Basislinie.</translation>
        </message>
        <message>
            <source>Neural network</source>
            <translation>Neuronales Netz</translation>
        </message>
        <message>
            <source>A small multilayer perceptron (one hidden layer) trained with Adam and early stopping.</source>
            <translation>Ein kleines mehrschichtiges Perzeptron (eine verborgene Schicht), trainiert mit Adam und frühem Abbruch.</translation>
        </message>
        <message>
            <source>unknown model “%1”; available: %2</source>
            <translation>unbekanntes Modell „%1“; verfügbar: %2</translation>
        </message>
        <message>
            <source>Deepest level of the tree; 0 for no limit</source>
            <translation>Tiefste Ebene des Baums; 0 für unbegrenzt</translation>
        </message>
        <message>
            <source>Fewest training rows in a leaf</source>
            <translation>Mindestzahl an Trainingszeilen in einem Blatt</translation>
        </message>
        <message>
            <source>Most boosting rounds; early stopping usually ends sooner</source>
            <translation>Höchstzahl an Boosting-Runden; frühes Stoppen endet meist früher</translation>
        </message>
        <message>
            <source>Shrinkage of each tree's contribution</source>
            <translation>Schrumpfung des Beitrags jedes Baums</translation>
        </message>
        <message>
            <source>Most leaves per tree (trees grow leaf-wise)</source>
            <translation>Höchstzahl an Blättern pro Baum (Bäume wachsen blattweise)</translation>
        </message>
        <message>
            <source>Deepest level of a tree; 0 for no limit</source>
            <translation>Tiefste Ebene eines Baums; 0 für unbegrenzt</translation>
        </message>
        <message>
            <source>L2 penalty on leaf values</source>
            <translation>L2-Strafe auf Blattwerte</translation>
        </message>
        <message>
            <source>Share of rows each round sees</source>
            <translation>Anteil der Zeilen, den jede Runde sieht</translation>
        </message>
        <message>
            <source>Share of features each round may split on</source>
            <translation>Anteil der Merkmale, an denen jede Runde teilen darf</translation>
        </message>
        <message>
            <source>Share of training rows held back for early stopping; 0 runs every round</source>
            <translation>Anteil der Trainingszeilen, der für frühes Stoppen zurückgehalten wird; 0 führt alle Runden aus</translation>
        </message>
        <message>
            <source>Rounds without a better validation loss before stopping</source>
            <translation>Runden ohne besseren Validierungsverlust vor dem Stoppen</translation>
        </message>
        <message>
            <source>Inverse penalty strength, as scikit-learn's C: smaller values shrink the coefficients more</source>
            <translation>Kehrwert der Strafstärke, wie C in scikit-learn: kleinere Werte schrumpfen die Koeffizienten stärker</translation>
        </message>
        <message>
            <source>l2 keeps every feature; l1 sets weak ones to zero; elasticnet mixes the two</source>
            <translation>l2 behält jedes Merkmal; l1 setzt schwache auf null; elasticnet mischt beide</translation>
        </message>
        <message>
            <source>Elastic net only: the L1 share of the penalty</source>
            <translation>Nur Elastic Net: der L1-Anteil der Strafe</translation>
        </message>
        <message>
            <source>Most Newton steps before the solver stops</source>
            <translation>Höchstzahl an Newton-Schritten, bevor der Löser stoppt</translation>
        </message>
        <message>
            <source>model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>model: field “learner”: %1</source>
            <translation>Modell: Feld „learner“: %1</translation>
        </message>
        <message>
            <source>model: field “params”: %1</source>
            <translation>Modell: Feld „params“: %1</translation>
        </message>
        <message>
            <source>model: field “state”: %1</source>
            <translation>Modell: Feld „state“: %1</translation>
        </message>
        <message>
            <source>Laplace smoothing of category counts</source>
            <translation>Laplace-Glättung der Kategorienzahlen</translation>
        </message>
        <message>
            <source>Share of the largest variance added to every variance, for stability</source>
            <translation>Anteil der größten Varianz, der jeder Varianz hinzugefügt wird, für Stabilität</translation>
        </message>
        <message>
            <source>Neurons in the hidden layer</source>
            <translation>Neuronen in der verborgenen Schicht</translation>
        </message>
        <message>
            <source>Adam's step size</source>
            <translation>Schrittweite von Adam</translation>
        </message>
        <message>
            <source>Rows per gradient step</source>
            <translation>Zeilen pro Gradientenschritt</translation>
        </message>
        <message>
            <source>Most passes over the training rows; early stopping usually ends sooner</source>
            <translation>Höchstzahl an Durchläufen über die Trainingszeilen; frühes Stoppen endet meist früher</translation>
        </message>
        <message>
            <source>L2 penalty on the weights, as scikit-learn's alpha</source>
            <translation>L2-Strafe auf die Gewichte, wie alpha in scikit-learn</translation>
        </message>
        <message>
            <source>Share of training rows held back for early stopping</source>
            <translation>Anteil der Trainingszeilen, der für frühes Stoppen zurückgehalten wird</translation>
        </message>
        <message>
            <source>Epochs without a better validation loss before stopping</source>
            <translation>Epochen ohne besseren Validierungsverlust vor dem Stoppen</translation>
        </message>
        <message>
            <source>Number of trees averaged</source>
            <translation>Anzahl gemittelter Bäume</translation>
        </message>
        <message>
            <source>Features tried at each split; 0 for the square root of their number</source>
            <translation>Bei jeder Teilung geprüfte Merkmale; 0 für die Quadratwurzel ihrer Anzahl</translation>
        </message>
        <message>
            <source>Size of each tree's bootstrap sample, as a share of the rows</source>
            <translation>Größe der Bootstrap-Stichprobe jedes Baums, als Anteil der Zeilen</translation>
        </message>
        <message>
            <source>Soft-voting ensemble</source>
            <translation>Soft-Voting-Ensemble</translation>
        </message>
        <message>
            <source>The mean of the probabilities of AutoML's best few models.</source>
            <translation>Der Mittelwert der Wahrscheinlichkeiten der besten Modelle von AutoML.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ModelEvaluation</name>
        <message numerus="yes">
            <source>all %n labelled row(s)</source>
            <translation>
                <numerusform>die %n beschriftete Zeile</numerusform>
                <numerusform>alle %n beschrifteten Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no data to judge the model on.</source>
            <translation>Es gibt keine Daten, an denen das Modell bewertet werden kann.</translation>
        </message>
        <message>
            <source>%1 was judged on a test file that is not loaded.</source>
            <translation>%1 wurde an einer Testdatei bewertet, die nicht geladen ist.</translation>
        </message>
        <message>
            <source>%1 was judged on %2 of data with %3 rows; the data now has %4 rows.</source>
            <translation>%1 wurde an %2 von Daten mit %3 Zeilen bewertet; die Daten haben jetzt %4 Zeilen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ModelExport</name>
        <message>
            <source>data without a file</source>
            <translation>Daten ohne Datei</translation>
        </message>
    </context>
    <context>
        <name>churnlab::NaiveBayes</name>
        <message>
            <source>No training rows.</source>
            <translation>Keine Trainingszeilen.</translation>
        </message>
        <message>
            <source>The training rows hold a single class.</source>
            <translation>Die Trainingszeilen enthalten nur eine Klasse.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::NeuralNetwork</name>
        <message>
            <source>No training rows.</source>
            <translation>Keine Trainingszeilen.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Das Training wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::OnnxExport</name>
        <message>
            <source>The bundle's schema lacks “%1”.</source>
            <translation>Dem Schema des Bündels fehlt „%1“.</translation>
        </message>
        <message>
            <source>The ONNX checker refused the graph: %1</source>
            <translation>Die ONNX-Prüfung hat den Graphen abgelehnt: %1</translation>
        </message>
        <message>
            <source>The ONNX graph could not be serialised.</source>
            <translation>Der ONNX-Graph konnte nicht serialisiert werden.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The ensemble has no members.</source>
            <translation>Das Ensemble hat keine Mitglieder.</translation>
        </message>
        <message>
            <source>A %1 model cannot be expressed in standard ONNX operators; export logistic regression, a tree, a forest, gradient boosting, a neural network or an ensemble of them.</source>
            <translation>Ein %1-Modell lässt sich nicht mit Standard-ONNX-Operatoren ausdrücken; exportieren Sie logistische Regression, einen Baum, einen Wald, Gradient Boosting, ein neuronales Netz oder ein Ensemble daraus.</translation>
        </message>
        <message>
            <source>naive Bayes</source>
            <translation>naiver Bayes</translation>
        </message>
    </context>
    <context>
        <name>churnlab::OpenInferenceAdapter</name>
        <message>
            <source>There is no model “%1”; this server serves “%2”.</source>
            <translation>Es gibt kein Modell „%1“; dieser Server bedient „%2“.</translation>
        </message>
        <message>
            <source>Input “%1” must be %2, not “%3”.</source>
            <translation>Eingabe „%1“ muss %2 sein, nicht „%3“.</translation>
        </message>
        <message>
            <source>Input “%1” is given twice; send each input once.</source>
            <translation>Eingabe „%1“ ist doppelt angegeben; senden Sie jede Eingabe einmal.</translation>
        </message>
        <message>
            <source>Input “%1”: its shape does not match its %2 values.</source>
            <translation>Eingabe „%1“: ihre Form passt nicht zu ihren %2 Werten.</translation>
        </message>
        <message>
            <source>Input “%1”: element %2 is not %3.</source>
            <translation>Eingabe „%1“: Element %2 ist nicht %3.</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Input “%1” has %2 rows where the others have %3.</source>
            <translation>Eingabe „%1“ hat %2 Zeilen, wo die anderen %3 haben.</translation>
        </message>
        <message>
            <source>The request lacks the input “%1”, which the model needs (%2).</source>
            <translation>Der Anfrage fehlt die Eingabe „%1“, die das Modell braucht (%2).</translation>
        </message>
        <message>
            <source>The request needs an “inputs” list of tensors.</source>
            <translation>Die Anfrage braucht eine Liste „inputs“ von Tensoren.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ParamTable</name>
        <message>
            <source>“seed” must be a whole number</source>
            <translation>„seed“ muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>unknown hyperparameter “%1”</source>
            <translation>unbekannter Hyperparameter „%1“</translation>
        </message>
        <message>
            <source>hyperparameter “%1” must be %2</source>
            <translation>Hyperparameter „%1“ muss %2 sein</translation>
        </message>
    </context>
    <context>
        <name>churnlab::PartialDependence</name>
        <message>
            <source>“%1” is not one of the model's input columns.</source>
            <translation>„%1“ ist keine Eingabespalte des Modells.</translation>
        </message>
        <message>
            <source>Partial dependence on dates is not drawn; “%1” is a date.</source>
            <translation>Partielle Abhängigkeit von Datumswerten wird nicht gezeichnet; „%1“ ist ein Datum.</translation>
        </message>
        <message>
            <source>“%1” has no values among these rows.</source>
            <translation>„%1“ hat in diesen Zeilen keine Werte.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::PermutationImportance</name>
        <message>
            <source>Permutation importance: %1</source>
            <translation>Permutationswichtigkeit: %1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Postgres</name>
        <message>
            <source>The PostgreSQL URL has an unknown parameter “%1”.</source>
            <translation>Die PostgreSQL-URL hat einen unbekannten Parameter „%1“.</translation>
        </message>
        <message>
            <source>Out of memory connecting to %1.</source>
            <translation>Kein Speicher mehr beim Verbinden mit %1.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation>Keine Verbindung zu %1: %2</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>(at character %1 of the query)</source>
            <translation>(bei Zeichen %1 der Abfrage)</translation>
        </message>
        <message>
            <source>The connection was lost: %1</source>
            <translation>Die Verbindung ist abgebrochen: %1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::PostgresReader</name>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Read as text, having no numeric or date meaning here: %1.</source>
            <translation>Als Text gelesen, da hier ohne Zahlen- oder Datumsbedeutung: %1.</translation>
        </message>
        <message>
            <source>Reading %1</source>
            <translation>Lesen von %1</translation>
        </message>
        <message>
            <source>%1 rows read</source>
            <translation>%1 Zeilen gelesen</translation>
        </message>
        <message>
            <source>The connection to %1 was lost after %2 rows: %3</source>
            <translation>Die Verbindung zu %1 ist nach %2 Zeilen abgebrochen: %3</translation>
        </message>
        <message>
            <source>Reading %1 after %2 rows</source>
            <translation>Lesen von %1 nach %2 Zeilen</translation>
        </message>
        <message>
            <source>%1 returned no rows.</source>
            <translation>%1 lieferte keine Zeilen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::PostgresWriter</name>
        <message>
            <source>%1, table %2</source>
            <translation>%1, Tabelle %2</translation>
        </message>
        <message>
            <source>Name the table to write the scores to.</source>
            <translation>Nennen Sie die Tabelle, in die die Scores geschrieben werden.</translation>
        </message>
        <message>
            <source>Preparing %1</source>
            <translation>Vorbereiten von %1</translation>
        </message>
        <message>
            <source>Writing %1</source>
            <translation>Schreiben von %1</translation>
        </message>
        <message>
            <source>Writing %1 before it was begun.</source>
            <translation>Schreiben von %1, bevor es begonnen wurde.</translation>
        </message>
        <message>
            <source>Writing %1 failed: %2</source>
            <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Committing %1</source>
            <translation>Festschreiben von %1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Project</name>
        <message>
            <source>Model “%1” has no bundle to save.</source>
            <translation>Modell „%1“ hat kein Bundle zum Speichern.</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>%1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 is %2 bytes, more than a project may be.</source>
            <translation>%1 hat %2 Bytes, mehr als ein Projekt haben darf.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>not a ChurnLab project, or a damaged one (%1)</source>
            <translation>kein ChurnLab-Projekt oder ein beschädigtes (%1)</translation>
        </message>
        <message>
            <source>model “%1”: %2</source>
            <translation>Modell „%1“: %2</translation>
        </message>
        <message>
            <source>does not list one entry per model</source>
            <translation>führt nicht je Modell einen Eintrag</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at byte %3</source>
            <translation>%1 ist kein gültiges JSON: %2 bei Byte %3</translation>
        </message>
        <message>
            <source>%1 is valid JSON, but not a JSON object.</source>
            <translation>%1 ist gültiges JSON, aber kein JSON-Objekt.</translation>
        </message>
        <message>
            <source>project.json binds no members to model “%1”.</source>
            <translation>project.json bindet keine Bestandteile an Modell „%1“.</translation>
        </message>
        <message>
            <source>%1 is not the one this project saved with model “%2” (its SHA-256 differs from project.json's): the project was changed or damaged.</source>
            <translation>%1 ist nicht die Datei, die dieses Projekt mit Modell „%2“ gespeichert hat (ihr SHA-256 weicht von project.json ab): das Projekt wurde verändert oder beschädigt.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ProjectExport</name>
        <message>
            <source>The project has no models; train some first.</source>
            <translation>Das Projekt hat keine Modelle; trainieren Sie zuerst welche.</translation>
        </message>
        <message>
            <source>The project has no model “%1”; it has: %2.</source>
            <translation>Das Projekt hat kein Modell „%1“; es hat: %2.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Model “%1” has no bundle in the project.</source>
            <translation>Modell „%1“ hat kein Bundle im Projekt.</translation>
        </message>
        <message>
            <source>The model has no bundle to export.</source>
            <translation>Das Modell hat kein Bundle zum Exportieren.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ProjectModel</name>
        <message>
            <source>The bundle of model “%1” holds a “%2” model.</source>
            <translation>Das Bundle von Modell „%1“ enthält ein „%2“-Modell.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ProjectTraining</name>
        <message>
            <source>%1 Locate the data again before training.</source>
            <translation>%1 Suchen Sie die Daten vor dem Training erneut.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Das Training wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ProxyCheck</name>
        <message>
            <source>“%1” is a %2 proxy for the sensitive column “%3” (Cramér's V %4).</source>
            <translation>„%1“ ist ein %2 Stellvertreter für die sensible Spalte „%3“ (Cramérs V %4).</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>starker</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mäßiger</translation>
        </message>
        <message>
            <source>Leaving “%1” out of the features does not keep it out of the model while “%2” is in; check the fairness view with and without it.</source>
            <translation>„%1“ aus den Merkmalen zu lassen hält es nicht aus dem Modell heraus, solange „%2“ darin ist; prüfen Sie die Fairness-Ansicht mit und ohne es.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::RandomForest</name>
        <message>
            <source>No training rows.</source>
            <translation>Keine Trainingszeilen.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Das Training wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ReportContent</name>
        <message>
            <source>built-in sample</source>
            <translation>eingebautes Beispiel</translation>
        </message>
        <message>
            <source>separate test file</source>
            <translation>separate Testdatei</translation>
        </message>
        <message>
            <source>%1-fold cross-validation (out-of-fold scores)</source>
            <translation>%1-fache Kreuzvalidierung (Out-of-Fold-Scores)</translation>
        </message>
        <message>
            <source>stratified holdout of %1 %</source>
            <translation>stratifizierter Holdout von %1 %</translation>
        </message>
    </context>
    <context>
        <name>churnlab::RequestLogReader</name>
        <message>
            <source>%1 is not a request log: %2</source>
            <translation>%1 ist kein Anfrageprotokoll: %2</translation>
        </message>
        <message>
            <source>%1 is not a request log: a line is not a JSON object</source>
            <translation>%1 ist kein Anfrageprotokoll: eine Zeile ist kein JSON-Objekt</translation>
        </message>
        <message>
            <source>%1: probability %2 of the entry is not a number in [0, 1]</source>
            <translation>%1: Wahrscheinlichkeit %2 des Eintrags ist keine Zahl in [0, 1]</translation>
        </message>
        <message>
            <source>%1 is not a request log: a line is longer than %2 bytes</source>
            <translation>%1 ist kein Anfrageprotokoll: eine Zeile ist länger als %2 Bytes</translation>
        </message>
    </context>
    <context>
        <name>churnlab::RetentionRoi</name>
        <message>
            <source>ROI inputs</source>
            <translation>ROI-Eingaben</translation>
        </message>
    </context>
    <context>
        <name>churnlab::RetrainDecision</name>
        <message>
            <source>The holdout share must lie between 0 and 1.</source>
            <translation>Der Holdout-Anteil muss zwischen 0 und 1 liegen.</translation>
        </message>
        <message>
            <source>The AUC margin must lie between 0 and 1.</source>
            <translation>Der AUC-Vorsprung muss zwischen 0 und 1 liegen.</translation>
        </message>
        <message>
            <source>The cost margin must be zero or more.</source>
            <translation>Der Kostenvorsprung muss null oder mehr sein.</translation>
        </message>
        <message>
            <source>The calibration tolerance must lie between 0 and 1.</source>
            <translation>Die Kalibrierungstoleranz muss zwischen 0 und 1 liegen.</translation>
        </message>
        <message>
            <source>AUC %1 against %2: up %3, at least the margin of %4.</source>
            <translation>AUC %1 gegen %2: plus %3, mindestens der Vorsprung von %4.</translation>
        </message>
        <message>
            <source>AUC %1 against %2: a change of %3, short of the margin of %4.</source>
            <translation>AUC %1 gegen %2: eine Änderung von %3, unter dem Vorsprung von %4.</translation>
        </message>
        <message>
            <source>Expected cost per customer %1 against %2: lower by %3.</source>
            <translation>Erwartete Kosten je Kunde %1 gegen %2: um %3 niedriger.</translation>
        </message>
        <message>
            <source>Expected cost per customer %1 against %2: not lower by more than %3.</source>
            <translation>Erwartete Kosten je Kunde %1 gegen %2: nicht um mehr als %3 niedriger.</translation>
        </message>
        <message>
            <source>Calibration error %1 against %2: within the tolerance of %3.</source>
            <translation>Kalibrierungsfehler %1 gegen %2: innerhalb der Toleranz von %3.</translation>
        </message>
        <message>
            <source>Calibration error %1 against %2: worse by more than the tolerance of %3.</source>
            <translation>Kalibrierungsfehler %1 gegen %2: um mehr als die Toleranz von %3 schlechter.</translation>
        </message>
        <message numerus="yes">
            <source>Promote the challenger: it beats the champion on the recent holdout of %n customers.</source>
            <translation>
                <numerusform>Herausforderer übernehmen: Er schlägt den Champion auf dem aktuellen Holdout von %n Kunden.</numerusform>
                <numerusform>Herausforderer übernehmen: Er schlägt den Champion auf dem aktuellen Holdout von %n Kunden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Keep the champion: the challenger does not beat it on the recent holdout of %n customers.</source>
            <translation>
                <numerusform>Champion behalten: Der Herausforderer schlägt ihn nicht auf dem aktuellen Holdout von %n Kunden.</numerusform>
                <numerusform>Champion behalten: Der Herausforderer schlägt ihn nicht auf dem aktuellen Holdout von %n Kunden.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>churnlab::RetrainJob</name>
        <message>
            <source>Appending needs the old training data as well as the new.</source>
            <translation>Zum Anhängen werden die alten Trainingsdaten ebenso wie die neuen gebraucht.</translation>
        </message>
        <message>
            <source>Opening the champion…</source>
            <translation>Öffne den Champion…</translation>
        </message>
        <message>
            <source>Writing the new version…</source>
            <translation>Schreibe die neue Version…</translation>
        </message>
        <message>
            <source>Runs not recorded: %1</source>
            <translation>Läufe nicht erfasst: %1</translation>
        </message>
        <message>
            <source>Run not recorded: %1</source>
            <translation>Lauf nicht erfasst: %1</translation>
        </message>
        <message>
            <source>Champion not tagged: %1</source>
            <translation>Champion nicht markiert: %1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Retraining</name>
        <message>
            <source>The %1 lacks columns the champion needs: %2.</source>
            <translation>Den Daten (%1) fehlen Spalten, die der Champion braucht: %2.</translation>
        </message>
        <message>
            <source>The new data lacks the column “%1” of the old data.</source>
            <translation>Den neuen Daten fehlt die Spalte „%1“ der alten Daten.</translation>
        </message>
        <message numerus="yes">
            <source>Column “%1”: %n values of the new data do not read as the old data's type (%2).</source>
            <translation>
                <numerusform>Spalte „%1“: %n Wert der neuen Daten lässt sich nicht als Typ der alten Daten (%2) lesen.</numerusform>
                <numerusform>Spalte „%1“: %n Werte der neuen Daten lassen sich nicht als Typ der alten Daten (%2) lesen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No new data was given.</source>
            <translation>Es wurden keine neuen Daten angegeben.</translation>
        </message>
        <message>
            <source>Appending needs the old training data as well as the new.</source>
            <translation>Zum Anhängen werden die alten Trainingsdaten ebenso wie die neuen gebraucht.</translation>
        </message>
        <message>
            <source>The champion does not record its training settings: %1</source>
            <translation>Der Champion enthält seine Trainingseinstellungen nicht: %1</translation>
        </message>
        <message>
            <source>Checking the new data against the champion's schema…</source>
            <translation>Prüfe die neuen Daten gegen das Schema des Champions…</translation>
        </message>
        <message>
            <source>new data</source>
            <translation>neue Daten</translation>
        </message>
        <message>
            <source>New data: %1</source>
            <translation>Neue Daten: %1</translation>
        </message>
        <message>
            <source>The new data has too few labelled rows for a holdout.</source>
            <translation>Die neuen Daten haben zu wenige gelabelte Zeilen für einen Holdout.</translation>
        </message>
        <message>
            <source>old data</source>
            <translation>alte Daten</translation>
        </message>
        <message>
            <source>Holdout: %1</source>
            <translation>Holdout: %1</translation>
        </message>
        <message>
            <source>Scoring the holdout with the champion…</source>
            <translation>Bewerte den Holdout mit dem Champion…</translation>
        </message>
        <message>
            <source>The champion cannot score the new data: %1</source>
            <translation>Der Champion kann die neuen Daten nicht bewerten: %1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::RunRecorder</name>
        <message>
            <source>runs not recorded: %1</source>
            <translation>Läufe nicht aufgezeichnet: %1</translation>
        </message>
        <message>
            <source>run not recorded: %1</source>
            <translation>Lauf nicht aufgezeichnet: %1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Scorer</name>
        <message>
            <source>Scoring was cancelled.</source>
            <translation>Die Bewertung wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ScoringReport</name>
        <message numerus="yes">
            <source>Column “%1” was read as %2 and converted to %3, as in training; %n value(s) did not convert and count as missing.</source>
            <translation>
                <numerusform>Spalte „%1“ wurde als %2 gelesen und wie im Training in %3 umgewandelt; %n Wert ließ sich nicht umwandeln und zählt als fehlend.</numerusform>
                <numerusform>Spalte „%1“ wurde als %2 gelesen und wie im Training in %3 umgewandelt; %n Werte ließen sich nicht umwandeln und zählen als fehlend.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Column “%1”: %n value(s) could not be read and count as missing.</source>
            <translation>
                <numerusform>Spalte „%1“: %n Wert war nicht lesbar und zählt als fehlend.</numerusform>
                <numerusform>Spalte „%1“: %n Werte waren nicht lesbar und zählen als fehlend.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Column “%1”: %n value(s) of categories not seen in training, scored as a rare category.</source>
            <translation>
                <numerusform>Spalte „%1“: %n Wert einer im Training nicht gesehenen Kategorie, bewertet wie eine seltene Kategorie.</numerusform>
                <numerusform>Spalte „%1“: %n Werte von im Training nicht gesehenen Kategorien, bewertet wie eine seltene Kategorie.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Column “%1”: %n value(s) outside the training range.</source>
            <translation>
                <numerusform>Spalte „%1“: %n Wert außerhalb des Trainingsbereichs.</numerusform>
                <numerusform>Spalte „%1“: %n Werte außerhalb des Trainingsbereichs.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>churnlab::ScoringService</name>
        <message>
            <source>A valid bearer token is required.</source>
            <translation>Ein gültiges Bearer-Token ist erforderlich.</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>Es ist kein Modell geladen.</translation>
        </message>
        <message>
            <source>There is no endpoint %1.</source>
            <translation>Es gibt keinen Endpunkt %1.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::SensitiveGroups</name>
        <message>
            <source>(missing)</source>
            <translation>(fehlend)</translation>
        </message>
        <message>
            <source>Column “%1” holds dates; make a band of them (a year, an age) to analyse it.</source>
            <translation>Spalte „%1“ enthält Datumswerte; bilden Sie daraus Gruppen (ein Jahr, ein Alter), um sie zu analysieren.</translation>
        </message>
        <message>
            <source>Column “%1” has %2 distinct values; a sensitive column needs at most %3 groups.</source>
            <translation>Spalte „%1“ hat %2 verschiedene Werte; eine sensible Spalte braucht höchstens %3 Gruppen.</translation>
        </message>
        <message>
            <source>Bin edges must increase.</source>
            <translation>Klassengrenzen müssen steigen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Signer</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is not a ChurnLab %2 (made by churnlab-cli keygen)</source>
            <translation>%1 ist kein ChurnLab-%2 (erstellt mit churnlab-cli keygen)</translation>
        </message>
    </context>
    <context>
        <name>churnlab::SqlConnection</name>
        <message>
            <source>Reaching %1 needs Qt's %2 driver (Debian package %3).</source>
            <translation>Für %1 wird der Qt-Treiber %2 benötigt (Debian-Paket %3).</translation>
        </message>
        <message>
            <source>There is no SQLite file at %1.</source>
            <translation>Unter %1 liegt keine SQLite-Datei.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation>Keine Verbindung zu %1: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::SqlReader</name>
        <message>
            <source>Reading %1 failed: %2</source>
            <translation>Lesen von %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <source>%1 rows read</source>
            <translation>%1 Zeilen gelesen</translation>
        </message>
        <message>
            <source>Reading %1 failed after %2 rows: %3</source>
            <translation>Lesen von %1 nach %2 Zeilen fehlgeschlagen: %3</translation>
        </message>
        <message>
            <source>%1 returned no rows.</source>
            <translation>%1 lieferte keine Zeilen.</translation>
        </message>
        <message numerus="yes">
            <source>%n timestamp(s) fell in this machine's daylight-saving gap and could not be read (they are missing); cast them to text in the query, or run with TZ=UTC.</source>
            <translation>
                <numerusform>%n Zeitstempel fiel in die Sommerzeitlücke dieses Rechners und konnte nicht gelesen werden (er fehlt); in der Abfrage in Text umwandeln oder mit TZ=UTC ausführen.</numerusform>
                <numerusform>%n Zeitstempel fielen in die Sommerzeitlücke dieses Rechners und konnten nicht gelesen werden (sie fehlen); in der Abfrage in Text umwandeln oder mit TZ=UTC ausführen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>churnlab::SqlWriter</name>
        <message>
            <source>%1, table %2</source>
            <translation>%1, Tabelle %2</translation>
        </message>
        <message>
            <source>%1 %2 failed: %3</source>
            <translation>%1 von %2 fehlgeschlagen: %3</translation>
        </message>
        <message>
            <source>Name the table to write the scores to.</source>
            <translation>Nennen Sie die Tabelle, in die die Scores geschrieben werden.</translation>
        </message>
        <message>
            <source>Preparing</source>
            <translation>Vorbereiten</translation>
        </message>
        <message>
            <source>Writing %1 failed: the database refused a transaction (%2).</source>
            <translation>Schreiben von %1 fehlgeschlagen: die Datenbank verweigerte eine Transaktion (%2).</translation>
        </message>
        <message>
            <source>Writing %1 before it was begun.</source>
            <translation>Schreiben von %1, bevor es begonnen wurde.</translation>
        </message>
        <message>
            <source>Writing %1 failed: a row has %2 fields, not %3.</source>
            <translation>Schreiben von %1 fehlgeschlagen: eine Zeile hat %2 Felder, nicht %3.</translation>
        </message>
        <message>
            <source>Writing %1 failed: %2</source>
            <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Writing %1 failed: “%2” in %3 is not a number.</source>
            <translation>Schreiben von %1 fehlgeschlagen: „%2“ in %3 ist keine Zahl.</translation>
        </message>
        <message>
            <source>Committing %1 failed: %2</source>
            <translation>Festschreiben von %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Committing</source>
            <translation>Festschreiben</translation>
        </message>
    </context>
    <context>
        <name>churnlab::TargetSpec</name>
        <message>
            <source>target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>must name a column</source>
            <translation>muss eine Spalte nennen</translation>
        </message>
    </context>
    <context>
        <name>churnlab::TextDecoder</name>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>The file is an image, not a CSV file.</source>
            <translation>Die Datei ist ein Bild, keine CSV-Datei.</translation>
        </message>
        <message>
            <source>The file is a PDF document, not a CSV file.</source>
            <translation>Die Datei ist ein PDF-Dokument, keine CSV-Datei.</translation>
        </message>
        <message>
            <source>The file is not valid UTF-8.</source>
            <translation>Die Datei ist kein gültiges UTF-8.</translation>
        </message>
        <message>
            <source>The file is UTF-16 but has an odd number of bytes: it was cut short.</source>
            <translation>Die Datei ist UTF-16, hat aber eine ungerade Anzahl Bytes: sie wurde abgeschnitten.</translation>
        </message>
        <message>
            <source>The file has a UTF-16 byte order mark but is not valid UTF-16.</source>
            <translation>Die Datei hat eine UTF-16-Byte-Order-Mark, ist aber kein gültiges UTF-16.</translation>
        </message>
        <message>
            <source>The file contains NUL bytes: it is not a text file.</source>
            <translation>Die Datei enthält NUL-Bytes: sie ist keine Textdatei.</translation>
        </message>
        <message>
            <source>The file holds no data, only white space.</source>
            <translation>Die Datei enthält keine Daten, nur Leerraum.</translation>
        </message>
        <message>
            <source>The file is an Excel workbook (or another ZIP archive), not a CSV file; give it the .xlsx extension to open it as a workbook.</source>
            <translation>Die Datei ist eine Excel-Arbeitsmappe (oder ein anderes ZIP-Archiv), keine CSV-Datei; geben Sie ihr die Endung .xlsx, um sie als Arbeitsmappe zu öffnen.</translation>
        </message>
        <message>
            <source>The file is a legacy Excel 97–2003 workbook, not a CSV file; give it the .xls extension to open it as a workbook.</source>
            <translation>Die Datei ist eine alte Excel-97–2003-Arbeitsmappe, keine CSV-Datei; geben Sie ihr die Endung .xls, um sie als Arbeitsmappe zu öffnen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::TrackingStore</name>
        <message>
            <source>The Qt SQL driver for %1 is not installed.</source>
            <translation>Der Qt-SQL-Treiber für %1 ist nicht installiert.</translation>
        </message>
        <message>
            <source>Cannot open the run store %1</source>
            <translation>Der Lauf-Speicher %1 kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Cannot read the run store's version</source>
            <translation>Die Version des Lauf-Speichers kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>The run store %1 has schema version %2, made by a newer ChurnLab; this one reads up to version %3.</source>
            <translation>Der Lauf-Speicher %1 hat die Schemaversion %2 eines neueren ChurnLab; diese Version liest bis Version %3.</translation>
        </message>
        <message>
            <source>Cannot set up the run store</source>
            <translation>Der Lauf-Speicher kann nicht eingerichtet werden</translation>
        </message>
        <message>
            <source>Cannot record the run</source>
            <translation>Der Lauf kann nicht aufgezeichnet werden</translation>
        </message>
        <message>
            <source>Cannot read the runs</source>
            <translation>Die Läufe können nicht gelesen werden</translation>
        </message>
        <message>
            <source>There is no run %1 in %2.</source>
            <translation>In %2 gibt es keinen Lauf %1.</translation>
        </message>
        <message>
            <source>Cannot tag the run</source>
            <translation>Der Lauf kann nicht markiert werden</translation>
        </message>
        <message>
            <source>Cannot untag the run</source>
            <translation>Die Markierung kann nicht entfernt werden</translation>
        </message>
    </context>
    <context>
        <name>churnlab::TrainSpec</name>
        <message>
            <source>Choose at least one model to train.</source>
            <translation>Wählen Sie mindestens ein Modell zum Trainieren.</translation>
        </message>
        <message>
            <source>The test share must be between 0 and 1.</source>
            <translation>Der Testanteil muss zwischen 0 und 1 liegen.</translation>
        </message>
        <message>
            <source>Cross-validation needs from 2 to 50 folds.</source>
            <translation>Die Kreuzvalidierung braucht 2 bis 50 Folds.</translation>
        </message>
        <message>
            <source>The threshold must be between 0 and 1.</source>
            <translation>Der Schwellenwert muss zwischen 0 und 1 liegen.</translation>
        </message>
        <message>
            <source>Costs must not be negative.</source>
            <translation>Kosten dürfen nicht negativ sein.</translation>
        </message>
        <message>
            <source>training settings</source>
            <translation>Trainingseinstellungen</translation>
        </message>
        <message>
            <source>must be holdout or kfold</source>
            <translation>muss holdout oder kfold sein</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>A cost may be at most %L1 per wrong prediction.</source>
            <translation>Kosten dürfen höchstens %L1 je falscher Vorhersage betragen.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::TrainingSession</name>
        <message>
            <source>Use either cross-validation or a separate test file, not both.</source>
            <translation>Verwenden Sie entweder Kreuzvalidierung oder eine separate Testdatei, nicht beides.</translation>
        </message>
        <message>
            <source>Test file: %1</source>
            <translation>Testdatei: %1</translation>
        </message>
        <message>
            <source>Splitting the rows…</source>
            <translation>Zeilen werden aufgeteilt …</translation>
        </message>
        <message>
            <source>The training rows hold a single class of “%1”.</source>
            <translation>Die Trainingszeilen enthalten nur eine Klasse von „%1“.</translation>
        </message>
        <message>
            <source>Preparing features…</source>
            <translation>Merkmale werden vorbereitet …</translation>
        </message>
        <message>
            <source>No usable feature columns: every column is the target, an ID, free text or constant.</source>
            <translation>Keine verwendbaren Merkmalsspalten: Jede Spalte ist das Ziel, eine ID, Freitext oder konstant.</translation>
        </message>
        <message>
            <source>The session was not prepared.</source>
            <translation>Die Sitzung wurde nicht vorbereitet.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Das Training wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Looking for columns that leak the outcome…</source>
            <translation>Suche nach Spalten, die das Ergebnis verraten…</translation>
        </message>
        <message>
            <source>Left out because they leak the outcome: %1. Give a column the role Feature (or keep them all) to train on them.</source>
            <translation>Weggelassen, weil sie das Ergebnis verraten: %1. Geben Sie einer Spalte die Rolle Merkmal (oder behalten Sie alle), um damit zu trainieren.</translation>
        </message>
        <message>
            <source>Warning: %1 It stays a feature.</source>
            <translation>Warnung: %1 Sie bleibt ein Merkmal.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Tree</name>
        <message>
            <source>tree</source>
            <translation>Baum</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>tree: node %1 has a child that does not come after it</source>
            <translation>Baum: Knoten %1 hat ein Kind, das nicht nach ihm kommt</translation>
        </message>
        <message>
            <source>tree ensemble</source>
            <translation>Baum-Ensemble</translation>
        </message>
        <message>
            <source>tree %1 of %2: %3</source>
            <translation>Baum %1 von %2: %3</translation>
        </message>
    </context>
    <context>
        <name>churnlab::VotingEnsemble</name>
        <message>
            <source>ensemble: the seed must be a whole number.</source>
            <translation>Ensemble: der Seed muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>ensemble: unknown hyperparameter “%1”.</source>
            <translation>Ensemble: unbekannter Hyperparameter „%1“.</translation>
        </message>
        <message>
            <source>ensemble: needs 2 to %1 members.</source>
            <translation>Ensemble: braucht 2 bis %1 Mitglieder.</translation>
        </message>
        <message>
            <source>ensemble: member %1 is an ensemble itself.</source>
            <translation>Ensemble: Mitglied %1 ist selbst ein Ensemble.</translation>
        </message>
        <message>
            <source>ensemble: member %1: %2</source>
            <translation>Ensemble: Mitglied %1: %2</translation>
        </message>
        <message>
            <source>ensemble: %1 saved models for %2 members.</source>
            <translation>Ensemble: %1 gespeicherte Modelle für %2 Mitglieder.</translation>
        </message>
        <message>
            <source>ensemble: member %1 does not match its declaration.</source>
            <translation>Ensemble: Mitglied %1 passt nicht zu seiner Angabe.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::XlsSheetReader</name>
        <message>
            <source>%1 is password-protected; save it without a password in Excel and open it again.</source>
            <translation>%1 ist kennwortgeschützt; speichern Sie sie in Excel ohne Kennwort und öffnen Sie sie erneut.</translation>
        </message>
        <message>
            <source>%1 is not a readable Excel 97–2003 workbook (FreeXL error %2).</source>
            <translation>%1 ist keine lesbare Excel-97–2003-Arbeitsmappe (FreeXL-Fehler %2).</translation>
        </message>
        <message>
            <source>%1 is an .xlsx workbook saved with an .xls name; give it the .xlsx extension.</source>
            <translation>%1 ist eine .xlsx-Arbeitsmappe mit einem .xls-Namen; geben Sie ihr die Endung .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::XlsxReader</name>
        <message>
            <source>Sheet “%1” of %2 is empty.</source>
            <translation>Blatt „%1“ von %2 ist leer.</translation>
        </message>
        <message>
            <source>Sheet “%1”: %2</source>
            <translation>Blatt „%1“: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::XlsxSheetReader</name>
        <message>
            <source>%1: cell %2 lies beyond Excel's last column.</source>
            <translation>%1: Zelle %2 liegt hinter der letzten Spalte von Excel.</translation>
        </message>
        <message>
            <source>%1: cell %2 refers to shared string %3, but there are %4.</source>
            <translation>%1: Zelle %2 verweist auf die gemeinsame Zeichenkette %3, es gibt aber nur %4.</translation>
        </message>
        <message>
            <source>%1 is truncated.</source>
            <translation>%1 ist abgeschnitten.</translation>
        </message>
        <message>
            <source>Reading was cancelled.</source>
            <translation>Das Lesen wurde abgebrochen.</translation>
        </message>
        <message>
            <source>%1 is not a worksheet.</source>
            <translation>%1 ist kein Arbeitsblatt.</translation>
        </message>
        <message numerus="yes">
            <source>Column “%1”: %n error cells read as missing.</source>
            <translation>
                <numerusform>Spalte „%1“: %n Fehlerzelle als fehlend gelesen.</numerusform>
                <numerusform>Spalte „%1“: %n Fehlerzellen als fehlend gelesen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Error values found: %1.</source>
            <translation>Gefundene Fehlerwerte: %1.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::XlsxWorkbook</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 ist leer.</translation>
        </message>
        <message>
            <source>%1 is encrypted or password-protected; save it without a password in Excel and open it again.</source>
            <translation>%1 ist verschlüsselt oder kennwortgeschützt; speichern Sie sie in Excel ohne Kennwort und öffnen Sie sie erneut.</translation>
        </message>
        <message>
            <source>%1 is a legacy Excel 97–2003 workbook (.xls), not an .xlsx; give it the .xls extension, or save it as .xlsx.</source>
            <translation>%1 ist eine alte Excel-97–2003-Arbeitsmappe (.xls), keine .xlsx; geben Sie ihr die Endung .xls oder speichern Sie sie als .xlsx.</translation>
        </message>
        <message>
            <source>%1 is a text file (a CSV?), not an Excel workbook; give it a .csv extension to open it as CSV.</source>
            <translation>%1 ist eine Textdatei (eine CSV?), keine Excel-Arbeitsmappe; geben Sie ihr die Endung .csv, um sie als CSV zu öffnen.</translation>
        </message>
        <message>
            <source>%1 is not an Excel workbook (.xlsx is a zip archive).</source>
            <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx ist ein ZIP-Archiv).</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 ist beschädigt: %2</translation>
        </message>
        <message>
            <source>%1 is a zip archive but not an Excel workbook (no xl/workbook.xml).</source>
            <translation>%1 ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (kein xl/workbook.xml).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>the workbook has no sheets.</source>
            <translation>die Arbeitsmappe hat keine Blätter.</translation>
        </message>
        <message>
            <source>%1 has no sheet “%2”; its sheets are: %3.</source>
            <translation>%1 hat kein Blatt „%2“; ihre Blätter sind: %3.</translation>
        </message>
        <message>
            <source>%1 is not a shared strings table.</source>
            <translation>%1 ist keine Tabelle gemeinsamer Zeichenketten.</translation>
        </message>
        <message>
            <source>%1 is truncated.</source>
            <translation>%1 ist abgeschnitten.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::XlsxXml</name>
        <message>
            <source>%1 holds a document type declaration (DTD); workbooks never do, and entity expansion is refused.</source>
            <translation>%1 enthält eine Dokumenttyp-Deklaration (DTD); Arbeitsmappen haben nie eine, und Entitätsexpansion wird abgelehnt.</translation>
        </message>
        <message>
            <source>%1 is not well-formed XML: %2</source>
            <translation>%1 ist kein wohlgeformtes XML: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ZipArchive</name>
        <message>
            <source>Cannot create the archive</source>
            <translation>Das Archiv kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Cannot add %1</source>
            <translation>%1 kann nicht hinzugefügt werden</translation>
        </message>
        <message>
            <source>Cannot write the archive</source>
            <translation>Das Archiv kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Not a readable archive</source>
            <translation>Kein lesbares Archiv</translation>
        </message>
        <message>
            <source>Not a valid archive (truncated or damaged)</source>
            <translation>Kein gültiges Archiv (abgeschnitten oder beschädigt)</translation>
        </message>
        <message>
            <source>%1 is missing from the archive</source>
            <translation>%1 fehlt im Archiv</translation>
        </message>
        <message>
            <source>%1 is too large (%2 bytes; at most %3 are accepted)</source>
            <translation>%1 ist zu groß (%2 Bytes; höchstens %3 werden angenommen)</translation>
        </message>
        <message>
            <source>%1 inflates %2 times its compressed size: a zip bomb is refused</source>
            <translation>%1 entpackt sich auf das %2-Fache seiner komprimierten Größe: eine Zip-Bombe wird abgelehnt</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 is damaged (%2)</source>
            <translation>%1 ist beschädigt (%2)</translation>
        </message>
        <message>
            <source>longer than declared</source>
            <translation>länger als angegeben</translation>
        </message>
        <message>
            <source>Reading %1 was stopped.</source>
            <translation>Das Lesen von %1 wurde angehalten.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::cli</name>
        <message>
            <source>Searches the learners and their hyperparameters within a time budget: every learner at its defaults, then successive-halving brackets of sampled settings, on validation rows split from the training rows. The best model (and a soft-voting ensemble of the best three learners, if it wins on validation) is trained on all training rows and reported on the test rows.</source>
            <translation>Durchsucht die Lernverfahren und ihre Hyperparameter innerhalb eines Zeitbudgets: jedes Lernverfahren mit Standardwerten, dann Successive-Halving-Runden mit gezogenen Einstellungen, auf Validierungszeilen aus den Trainingszeilen. Das beste Modell (und ein Soft-Voting-Ensemble der drei besten Lernverfahren, wenn es auf der Validierung gewinnt) wird auf allen Trainingszeilen trainiert und auf den Testzeilen berichtet.</translation>
        </message>
        <message>
            <source>Training data (CSV or workbook).</source>
            <translation>Trainingsdaten (CSV oder Arbeitsmappe).</translation>
        </message>
        <message>
            <source>Time budget in seconds (default 120).</source>
            <translation>Zeitbudget in Sekunden (Standard 120).</translation>
        </message>
        <message>
            <source>What to optimise: auc, pr_auc, logloss or cost (expected cost at the best threshold, with --cost-fp and --cost-fn; default auc).</source>
            <translation>Was optimiert wird: auc, pr_auc, logloss oder cost (erwartete Kosten an der besten Schwelle, mit --cost-fp und --cost-fn; Standard auc).</translation>
        </message>
        <message>
            <source>Cost of a false positive (default 1).</source>
            <translation>Kosten eines falsch Positiven (Standard 1).</translation>
        </message>
        <message>
            <source>Cost of a false negative (default 5).</source>
            <translation>Kosten eines falsch Negativen (Standard 5).</translation>
        </message>
        <message>
            <source>Stop after this many trials (with the same seed, the same trials).</source>
            <translation>Nach so vielen Versuchen anhalten (mit demselben Seed dieselben Versuche).</translation>
        </message>
        <message>
            <source>Learners to search (default %1).</source>
            <translation>Zu durchsuchende Lernverfahren (Standard %1).</translation>
        </message>
        <message>
            <source>Do not try an ensemble.</source>
            <translation>Kein Ensemble versuchen.</translation>
        </message>
        <message>
            <source>Write the result (the ensemble if kept, else the best model) as a bundle (.clb).</source>
            <translation>Das Ergebnis (das Ensemble, falls behalten, sonst das beste Modell) als Bundle (.clb) schreiben.</translation>
        </message>
        <message>
            <source>With --export: sign with this secret key.</source>
            <translation>Mit --export: mit diesem geheimen Schlüssel signieren.</translation>
        </message>
        <message>
            <source>Print one JSON object.</source>
            <translation>Ein JSON-Objekt ausgeben.</translation>
        </message>
        <message>
            <source>--budget takes a number of seconds</source>
            <translation>--budget erwartet eine Zahl von Sekunden</translation>
        </message>
        <message>
            <source>--metric takes auc, pr_auc, logloss or cost</source>
            <translation>--metric erwartet auc, pr_auc, logloss oder cost</translation>
        </message>
        <message>
            <source>--trials takes a count ≥ 1</source>
            <translation>--trials erwartet eine Anzahl ≥ 1</translation>
        </message>
        <message>
            <source>%1 trials in %2 s (budget %3 s) on %4 search rows, validated on %5 rows%6</source>
            <translation>%1 Versuche in %2 s (Budget %3 s) auf %4 Suchzeilen, validiert auf %5 Zeilen%6</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (abgebrochen)</translation>
        </message>
        <message>
            <source>trial</source>
            <translation>Versuch</translation>
        </message>
        <message>
            <source>model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Ensemble of %1: %2 %3 on validation — %4</source>
            <translation>Ensemble aus %1: %2 %3 auf der Validierung — %4</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>behalten</translation>
        </message>
        <message>
            <source>not better, dropped</source>
            <translation>nicht besser, verworfen</translation>
        </message>
        <message>
            <source>%1: test ROC AUC %2, PR AUC %3, log loss %4</source>
            <translation>%1: Test-ROC-AUC %2, PR-AUC %3, Log-Loss %4</translation>
        </message>
        <message>
            <source>--cost-fp and --cost-fn take numbers ≥ 0</source>
            <translation>--cost-fp und --cost-fn erwarten Zahlen ≥ 0</translation>
        </message>
        <message>
            <source>Exported %1 to %2</source>
            <translation>%1 nach %2 exportiert</translation>
        </message>
        <message>
            <source>%1: %2 labelled rows at threshold %3; expected cost %4 per customer</source>
            <translation>%1: %2 Zeilen mit Label bei Schwelle %3; erwartete Kosten %4 je Kunde</translation>
        </message>
        <message>
            <source>group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>churn %</source>
            <translation>Abw. %</translation>
        </message>
        <message>
            <source>flag %</source>
            <translation>mark. %</translation>
        </message>
        <message>
            <source>TPR %</source>
            <translation>TPR %</translation>
        </message>
        <message>
            <source>FPR %</source>
            <translation>FPR %</translation>
        </message>
        <message>
            <source>prec %</source>
            <translation>Präz. %</translation>
        </message>
        <message>
            <source>AUC</source>
            <translation>AUC</translation>
        </message>
        <message>
            <source>ECE</source>
            <translation>ECE</translation>
        </message>
        <message>
            <source>  (threshold %1)</source>
            <translation>  (Schwelle %1)</translation>
        </message>
        <message>
            <source>Scores labelled data with a model bundle and compares the groups of a sensitive column at the bundle's threshold: size, selection rate, TPR, FPR, precision, AUC and calibration per group; demographic parity difference and ratio and equalized-odds difference, each against its band; and the model's inputs that act as proxies for the sensitive column.</source>
            <translation>Bewertet Daten mit Label mit einem Modell-Bundle und vergleicht die Gruppen einer sensiblen Spalte an der Schwelle des Bundles: Größe, Auswahlrate, TPR, FPR, Präzision, AUC und Kalibrierung je Gruppe; demografische Paritätsdifferenz und -verhältnis und Equalized-Odds-Differenz, jeweils gegen ihre Grenze; und die Eingaben des Modells, die als Stellvertreter der sensiblen Spalte wirken.</translation>
        </message>
        <message>
            <source>The model bundle (.clb).</source>
            <translation>Das Modell-Bundle (.clb).</translation>
        </message>
        <message>
            <source>Labelled data (CSV or workbook) with the sensitive column.</source>
            <translation>Daten mit Label (CSV oder Arbeitsmappe) mit der sensiblen Spalte.</translation>
        </message>
        <message>
            <source>The sensitive column (gender, age, …).</source>
            <translation>Die sensible Spalte (Geschlecht, Alter, …).</translation>
        </message>
        <message>
            <source>Equal-frequency bins for a numeric column with many values (default 4).</source>
            <translation>Klassen gleicher Häufigkeit für eine numerische Spalte mit vielen Werten (Standard 4).</translation>
        </message>
        <message>
            <source>Bin edges for a numeric column instead, e.g. 30,45,60.</source>
            <translation>Stattdessen Klassengrenzen für eine numerische Spalte, z. B. 30,45,60.</translation>
        </message>
        <message>
            <source>A threshold for one group, GROUP=T (repeatable).</source>
            <translation>Eine Schwelle für eine Gruppe, GROUP=T (wiederholbar).</translation>
        </message>
        <message>
            <source>Use per-group thresholds that give every group the same TPR.</source>
            <translation>Schwellen je Gruppe verwenden, die jeder Gruppe dieselbe TPR geben.</translation>
        </message>
        <message>
            <source>Largest acceptable parity or equalized-odds difference (default 0.1).</source>
            <translation>Größte akzeptable Paritäts- oder Equalized-Odds-Differenz (Standard 0.1).</translation>
        </message>
        <message>
            <source>Smallest acceptable parity ratio (default 0.8, the four-fifths rule).</source>
            <translation>Kleinstes akzeptables Paritätsverhältnis (Standard 0.8, die Vier-Fünftel-Regel).</translation>
        </message>
        <message>
            <source>Exit with code 5 when a disparity is outside its band.</source>
            <translation>Mit Code 5 enden, wenn eine Disparität außerhalb ihrer Grenze liegt.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>JSON ausgeben.</translation>
        </message>
        <message>
            <source>fairness takes BUNDLE DATA --sensitive COLUMN; see --help</source>
            <translation>fairness erwartet BUNDLE DATA --sensitive COLUMN; siehe --help</translation>
        </message>
        <message>
            <source>--bins takes a count ≥ 2</source>
            <translation>--bins erwartet eine Anzahl ≥ 2</translation>
        </message>
        <message>
            <source>--edges: “%1” is not a number</source>
            <translation>--edges: „%1“ ist keine Zahl</translation>
        </message>
        <message>
            <source>--group-threshold takes GROUP=T with T in [0, 1], not “%1”</source>
            <translation>--group-threshold erwartet GROUP=T mit T in [0, 1], nicht „%1“</translation>
        </message>
        <message>
            <source>--%1 takes a number in [0, 1]</source>
            <translation>--%1 erwartet eine Zahl in [0, 1]</translation>
        </message>
        <message>
            <source>automl takes DATA (or --db) and --target COLUMN; see --help</source>
            <translation>automl erwartet DATEN (oder --db) und --target SPALTE; siehe --help</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Field delimiter: comma, semicolon, tab, pipe or one character.</source>
            <translation>Feldtrennzeichen: comma, semicolon, tab, pipe oder ein Zeichen.</translation>
        </message>
        <message>
            <source>The first row is data, not column names.</source>
            <translation>Die erste Zeile sind Daten, keine Spaltennamen.</translation>
        </message>
        <message>
            <source>The first row holds column names.</source>
            <translation>Die erste Zeile enthält Spaltennamen.</translation>
        </message>
        <message>
            <source>utf-8, utf-8-sig, utf-16-le, utf-16-be or windows-1252.</source>
            <translation>utf-8, utf-8-sig, utf-16-le, utf-16-be oder windows-1252.</translation>
        </message>
        <message>
            <source>Column type override, e.g. --type TotalCharges=real (repeatable).</source>
            <translation>Spaltentyp vorgeben, z. B. --type TotalCharges=real (wiederholbar).</translation>
        </message>
        <message>
            <source>Unknown delimiter “%1”.</source>
            <translation>Unbekanntes Trennzeichen „%1“.</translation>
        </message>
        <message>
            <source>Unknown encoding “%1”.</source>
            <translation>Unbekannte Kodierung „%1“.</translation>
        </message>
        <message>
            <source>Bad --type “%1”: use COLUMN=TYPE with TYPE one of integer, real, boolean, categorical, text, date, datetime.</source>
            <translation>Ungültiges --type „%1“: verwenden Sie SPALTE=TYP mit TYP aus integer, real, boolean, categorical, text, date, datetime.</translation>
        </message>
        <message>
            <source>Dialect: delimiter %1, %2, encoding %3%4%5</source>
            <translation>Dialekt: Trennzeichen %1, %2, Kodierung %3%4%5</translation>
        </message>
        <message>
            <source>header row</source>
            <translation>Kopfzeile</translation>
        </message>
        <message>
            <source>no header row</source>
            <translation>keine Kopfzeile</translation>
        </message>
        <message>
            <source> (guessed)</source>
            <translation> (geschätzt)</translation>
        </message>
        <message>
            <source>, decimal comma</source>
            <translation>, Dezimalkomma</translation>
        </message>
        <message>
            <source>%1 rows × %2 columns, read in %3 s</source>
            <translation>%1 Zeilen × %2 Spalten, gelesen in %3 s</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlend</translation>
        </message>
        <message>
            <source>distinct</source>
            <translation>verschieden</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>CSV file to read.</source>
            <translation>Zu lesende CSV-Datei.</translation>
        </message>
        <message>
            <source>Print one JSON object.</source>
            <translation>Ein JSON-Objekt ausgeben.</translation>
        </message>
        <message>
            <source>Inspect the built-in sample dataset instead of a file.</source>
            <translation>Statt einer Datei die eingebauten Beispieldaten untersuchen.</translation>
        </message>
        <message>
            <source>Built-in sample data (seed %1)</source>
            <translation>Eingebaute Beispieldaten (Startwert %1)</translation>
        </message>
        <message>
            <source>Writes the built-in, seeded sample churn dataset as CSV.</source>
            <translation>Schreibt die eingebauten, reproduzierbaren Beispieldaten als CSV.</translation>
        </message>
        <message>
            <source>Output CSV file ('-' for standard output).</source>
            <translation>Ausgabe-CSV-Datei ('-' für die Standardausgabe).</translation>
        </message>
        <message>
            <source>Number of rows (default 5000).</source>
            <translation>Anzahl der Zeilen (Vorgabe 5000).</translation>
        </message>
        <message>
            <source>Random seed (default 42).</source>
            <translation>Zufallsstartwert (Vorgabe 42).</translation>
        </message>
        <message>
            <source>--rows must be a whole number from 1 to 100000000.</source>
            <translation>--rows muss eine ganze Zahl von 1 bis 100000000 sein.</translation>
        </message>
        <message>
            <source>--seed must be a whole number.</source>
            <translation>--seed muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>say where to write: -o FILE</source>
            <translation>geben Sie an, wohin geschrieben wird: -o DATEI</translation>
        </message>
        <message>
            <source>unknown command “%1”; see churnlab-cli --help</source>
            <translation>unbekannter Befehl „%1“; siehe churnlab-cli --help</translation>
        </message>
        <message>
            <source>Renders a chart of a CSV file (or the built-in sample) to SVG or PNG, as Explore draws it.</source>
            <translation>Zeichnet ein Diagramm einer CSV-Datei (oder der Beispieldaten) als SVG oder PNG, wie „Erkunden“ es zeigt.</translation>
        </message>
        <message>
            <source>hist, bars, box, scatter, corr (correlation heat map) or assoc (association with the target).</source>
            <translation>hist, bars, box, scatter, corr (Korrelations-Heatmap) oder assoc (Zusammenhang mit der Zielspalte).</translation>
        </message>
        <message>
            <source>The column to plot (scatter: x).</source>
            <translation>Die darzustellende Spalte (scatter: x).</translation>
        </message>
        <message>
            <source>scatter: the y column; other kinds: a two-valued column that splits and colours the chart (default: --target).</source>
            <translation>scatter: die y-Spalte; andere Arten: eine Spalte mit zwei Werten, die das Diagramm aufteilt und einfärbt (Vorgabe: --target).</translation>
        </message>
        <message>
            <source>The target column.</source>
            <translation>Die Zielspalte.</translation>
        </message>
        <message>
            <source>The target's positive class.</source>
            <translation>Die positive Klasse der Zielspalte.</translation>
        </message>
        <message>
            <source>corr: pearson (default) or spearman.</source>
            <translation>corr: pearson (Vorgabe) oder spearman.</translation>
        </message>
        <message>
            <source>Output file, .svg or .png.</source>
            <translation>Ausgabedatei, .svg oder .png.</translation>
        </message>
        <message>
            <source>Width x height in pixels (default 900x600).</source>
            <translation>Breite x Höhe in Pixeln (Vorgabe 900x600).</translation>
        </message>
        <message>
            <source>Plot the built-in sample data.</source>
            <translation>Die eingebauten Beispieldaten darstellen.</translation>
        </message>
        <message>
            <source>--kind must be one of hist, bars, box, scatter, corr, assoc</source>
            <translation>--kind muss hist, bars, box, scatter, corr oder assoc sein</translation>
        </message>
        <message>
            <source>say where to write with -o OUT.svg or -o OUT.png</source>
            <translation>geben Sie mit -o AUS.svg oder -o AUS.png an, wohin geschrieben wird</translation>
        </message>
        <message>
            <source>--size must be WIDTHxHEIGHT, e.g. 900x600</source>
            <translation>--size muss BREITExHÖHE sein, z. B. 900x600</translation>
        </message>
        <message>
            <source>plot takes one FILE (or --sample); see --help</source>
            <translation>plot erwartet eine DATEI (oder --sample); siehe --help</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>Beispiel</translation>
        </message>
        <message>
            <source>Target %1: positive class “%2”, %3 positive, %4 negative</source>
            <translation>Zielspalte %1: positive Klasse „%2“, %3 positiv, %4 negativ</translation>
        </message>
        <message>
            <source>Findings (%1)</source>
            <translation>Befunde (%1)</translation>
        </message>
        <message>
            <source>Target column: adds target checks and each column's association with it.</source>
            <translation>Zielspalte: ergänzt Prüfungen der Zielspalte und den Zusammenhang jeder Spalte mit ihr.</translation>
        </message>
        <message>
            <source>The target's positive class (default: guessed, e.g. Yes or 1).</source>
            <translation>Die positive Klasse der Zielspalte (Vorgabe: geschätzt, z. B. Yes oder 1).</translation>
        </message>
        <message>
            <source>plotting needs churnlab-cli-plot beside churnlab-cli; it is not installed</source>
            <translation>zum Zeichnen wird churnlab-cli-plot neben churnlab-cli benötigt; es ist nicht installiert</translation>
        </message>
        <message>
            <source>cannot start %1: %2</source>
            <translation>%1 kann nicht gestartet werden: %2</translation>
        </message>
        <message>
            <source>Training CSV file.</source>
            <translation>Trainings-CSV-Datei.</translation>
        </message>
        <message>
            <source>Target column (two values).</source>
            <translation>Zielspalte (zwei Werte).</translation>
        </message>
        <message>
            <source>The target's positive class (default: guessed).</source>
            <translation>Die positive Klasse der Zielspalte (Vorgabe: geschätzt).</translation>
        </message>
        <message>
            <source>A separate test CSV file, used untouched.</source>
            <translation>Eine eigene Test-CSV-Datei, unverändert verwendet.</translation>
        </message>
        <message>
            <source>Stratified holdout share when no --test (default 0.2).</source>
            <translation>Anteil der geschichteten Testaufteilung ohne --test (Vorgabe 0.2).</translation>
        </message>
        <message>
            <source>Seed of the split (default 42).</source>
            <translation>Startwert der Aufteilung (Vorgabe 42).</translation>
        </message>
        <message>
            <source>Decision threshold for accuracy, precision, recall, F1 (default 0.5).</source>
            <translation>Entscheidungsschwelle für Genauigkeit, Präzision, Trefferquote, F1 (Vorgabe 0.5).</translation>
        </message>
        <message>
            <source>Inverse L2 strength of lr, as scikit-learn's C (default 1).</source>
            <translation>Inverse L2-Stärke von lr, wie C in scikit-learn (Vorgabe 1).</translation>
        </message>
        <message>
            <source>Trains churn models on a CSV file and prints a leaderboard of test-set metrics. Models: lr (logistic regression), tree (decision tree), rf (random forest), gbt (gradient boosting), nb (naive Bayes), mlp (neural network).</source>
            <translation>Trainiert Abwanderungsmodelle auf einer CSV-Datei und gibt eine Rangliste der Testmetriken aus. Modelle: lr (logistische Regression), tree (Entscheidungsbaum), rf (Random Forest), gbt (Gradient Boosting), nb (Naive Bayes), mlp (neuronales Netz).</translation>
        </message>
        <message>
            <source>A hyperparameter, MODEL.NAME=VALUE (repeatable), e.g. rf.trees=300 or lr.penalty=l1; see --list-models for names and defaults.</source>
            <translation>Ein Hyperparameter, MODELL.NAME=WERT (wiederholbar), z. B. rf.trees=300 oder lr.penalty=l1; Namen und Standardwerte zeigt --list-models.</translation>
        </message>
        <message>
            <source>Print the models with their hyperparameters and defaults.</source>
            <translation>Die Modelle mit ihren Hyperparametern und Standardwerten ausgeben.</translation>
        </message>
        <message>
            <source>Per-column roles and transforms, a JSON file as the Features tab saves it.</source>
            <translation>Rollen und Transformationen je Spalte, eine JSON-Datei, wie der Merkmale-Reiter sie speichert.</translation>
        </message>
        <message>
            <source>Comma-separated models (default %1).</source>
            <translation>Kommagetrennte Modelle (Standard %1).</translation>
        </message>
        <message>
            <source>Stratified k-fold cross-validation on DATA instead of one holdout; metrics pool every row's out-of-fold score, and each fold's values give the spread.</source>
            <translation>Geschichtete k-fache Kreuzvalidierung auf DATEN statt eines Holdouts; die Metriken bündeln die Out-of-Fold-Bewertung jeder Zeile, die Werte jedes Folds zeigen die Streuung.</translation>
        </message>
        <message>
            <source>Leave out (and count) the few rows whose target is neither class, instead of refusing the file.</source>
            <translation>Die wenigen Zeilen, deren Ziel keine der beiden Klassen ist, auslassen (und zählen), statt die Datei abzulehnen.</translation>
        </message>
        <message>
            <source>--test-fraction must be between 0 and 1</source>
            <translation>--test-fraction muss zwischen 0 und 1 liegen</translation>
        </message>
        <message>
            <source>--seed must be a whole number</source>
            <translation>--seed muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>--threshold must be between 0 and 1</source>
            <translation>--threshold muss zwischen 0 und 1 liegen</translation>
        </message>
        <message>
            <source>--folds must be a whole number from 2 to 50</source>
            <translation>--folds muss eine ganze Zahl von 2 bis 50 sein</translation>
        </message>
        <message>
            <source>use either --folds or --test, not both</source>
            <translation>entweder --folds oder --test verwenden, nicht beides</translation>
        </message>
        <message>
            <source>--c must be a positive number</source>
            <translation>--c muss eine positive Zahl sein</translation>
        </message>
        <message>
            <source>--param “%1” is not of the form MODEL.NAME=VALUE</source>
            <translation>--param „%1“ hat nicht die Form MODELL.NAME=WERT</translation>
        </message>
        <message>
            <source>--param names model “%1”, which is not in --models</source>
            <translation>--param nennt das Modell „%1“, das nicht in --models steht</translation>
        </message>
        <message>
            <source>%1-fold stratified cross-validation on %2 rows: metrics from every row's out-of-fold score</source>
            <translation>%1-fache geschichtete Kreuzvalidierung auf %2 Zeilen: Metriken aus der Out-of-Fold-Bewertung jeder Zeile</translation>
        </message>
        <message>
            <source>Target %1 (positive “%2”): %3 training rows, %4 test rows, %5 features</source>
            <translation>Ziel %1 (positiv „%2“): %3 Trainingszeilen, %4 Testzeilen, %5 Merkmale</translation>
        </message>
        <message>
            <source>model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>AUC</source>
            <translation>AUC</translation>
        </message>
        <message>
            <source>PR AUC</source>
            <translation>PR-AUC</translation>
        </message>
        <message>
            <source>log loss</source>
            <translation>Log-Loss</translation>
        </message>
        <message>
            <source>Brier</source>
            <translation>Brier</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>train s</source>
            <translation>Training s</translation>
        </message>
        <message>
            <source>Accept only bundles signed by this public key (keygen's .pub).</source>
            <translation>Nur Bündel annehmen, die mit diesem öffentlichen Schlüssel signiert sind (.pub von keygen).</translation>
        </message>
        <message>
            <source>Makes an Ed25519 key pair for signing bundles: FILE (secret, readable by you only) and FILE.pub (public, for --trusted-key).</source>
            <translation>Erzeugt ein Ed25519-Schlüsselpaar zum Signieren von Bündeln: DATEI (geheim, nur für Sie lesbar) und DATEI.pub (öffentlich, für --trusted-key).</translation>
        </message>
        <message>
            <source>Secret key file to write.</source>
            <translation>Zu schreibende Datei des geheimen Schlüssels.</translation>
        </message>
        <message>
            <source>keygen takes -o FILE; see --help</source>
            <translation>keygen erwartet -o DATEI; siehe --help</translation>
        </message>
        <message>
            <source>Wrote %1 (secret) and %1.pub (public), key %2</source>
            <translation>%1 (geheim) und %1.pub (öffentlich) geschrieben, Schlüssel %2</translation>
        </message>
        <message>
            <source>Model bundle (.clb).</source>
            <translation>Modellbündel (.clb).</translation>
        </message>
        <message>
            <source>bundle takes info|verify BUNDLE; see --help</source>
            <translation>bundle erwartet info|verify BÜNDEL; siehe --help</translation>
        </message>
        <message>
            <source>%1: sound (%2, %3)</source>
            <translation>%1: einwandfrei (%2, %3)</translation>
        </message>
        <message>
            <source>unsigned</source>
            <translation>nicht signiert</translation>
        </message>
        <message>
            <source>Model:     %1 (%2), made by ChurnLab %3 on %4</source>
            <translation>Modell:    %1 (%2), erstellt von ChurnLab %3 am %4</translation>
        </message>
        <message>
            <source>Data:      %1, %2 rows, SHA-256 %3</source>
            <translation>Daten:     %1, %2 Zeilen, SHA-256 %3</translation>
        </message>
        <message>
            <source>Target:    %1 = %2; threshold %3</source>
            <translation>Ziel:      %1 = %2; Schwellenwert %3</translation>
        </message>
        <message>
            <source>Test AUC:  %1</source>
            <translation>Test-AUC:  %1</translation>
        </message>
        <message>
            <source>Signature: %1</source>
            <translation>Signatur:  %1</translation>
        </message>
        <message>
            <source>Writes a bundle's pipeline and model as one ONNX graph of standard operators (IR 8; opsets ai.onnx 17, ai.onnx.ml 3): one input per column, outputs probability and label. Any ONNX runtime can then score it.</source>
            <translation>Schreibt Pipeline und Modell eines Bündels als einen ONNX-Graphen aus Standardoperatoren (IR 8; Opsets ai.onnx 17, ai.onnx.ml 3): eine Eingabe je Spalte, Ausgaben probability und label. Jede ONNX-Laufzeit kann ihn dann bewerten.</translation>
        </message>
        <message>
            <source>ONNX file to write.</source>
            <translation>Zu schreibende ONNX-Datei.</translation>
        </message>
        <message>
            <source>export-onnx takes BUNDLE OUTPUT; see --help</source>
            <translation>export-onnx erwartet BÜNDEL AUSGABE; siehe --help</translation>
        </message>
        <message>
            <source>Wrote %1 (%2)</source>
            <translation>%1 geschrieben (%2)</translation>
        </message>
        <message>
            <source>Scores every row of a CSV file with a model bundle and writes the ID column (if any), kept columns, the churn probability and the label at the bundle's threshold. A missing column is an error; other types are converted and unseen categories scored as rare ones, both counted (--strict makes them errors).</source>
            <translation>Bewertet jede Zeile einer CSV-Datei mit einem Modellbündel und schreibt die ID-Spalte (falls vorhanden), behaltene Spalten, die Abwanderungswahrscheinlichkeit und das Label am Schwellenwert des Bündels. Eine fehlende Spalte ist ein Fehler; andere Typen werden umgewandelt und unbekannte Kategorien wie seltene bewertet, beides gezählt (--strict macht sie zu Fehlern).</translation>
        </message>
        <message>
            <source>CSV file to score.</source>
            <translation>Zu bewertende CSV-Datei.</translation>
        </message>
        <message>
            <source>Output CSV file.</source>
            <translation>Ausgabe-CSV-Datei.</translation>
        </message>
        <message>
            <source>Input columns to copy to the output.</source>
            <translation>Eingabespalten, die in die Ausgabe übernommen werden.</translation>
        </message>
        <message>
            <source>Refuse values that do not convert and unseen categories, naming the row and column.</source>
            <translation>Nicht umwandelbare Werte und unbekannte Kategorien ablehnen, mit Zeile und Spalte.</translation>
        </message>
        <message>
            <source>Score only shard i of N (rows in N equal ranges; shards 0…N−1 together score every row once).</source>
            <translation>Nur Teil i von N bewerten (Zeilen in N gleichen Bereichen; die Teile 0…N−1 bewerten zusammen jede Zeile genau einmal).</translation>
        </message>
        <message>
            <source>Print a JSON summary.</source>
            <translation>Eine JSON-Zusammenfassung ausgeben.</translation>
        </message>
        <message>
            <source>--shard must be i/N with 0 ≤ i &lt; N</source>
            <translation>--shard muss i/N mit 0 ≤ i &lt; N sein</translation>
        </message>
        <message>
            <source>Scored %1 rows in %2 s (%3 rows/s); %4 flagged at threshold %5</source>
            <translation>%1 Zeilen in %2 s bewertet (%3 Zeilen/s); %4 markiert bei Schwellenwert %5</translation>
        </message>
        <message>
            <source>Write the best model (by test AUC) as a verified bundle (.clb).</source>
            <translation>Das beste Modell (nach Test-AUC) als geprüftes Bündel (.clb) schreiben.</translation>
        </message>
        <message>
            <source>With --export: the model to export instead of the best.</source>
            <translation>Mit --export: das zu exportierende Modell statt des besten.</translation>
        </message>
        <message>
            <source>With --export: sign the bundle with this secret key (keygen).</source>
            <translation>Mit --export: das Bündel mit diesem geheimen Schlüssel signieren (keygen).</translation>
        </message>
        <message>
            <source>--export-model “%1” was not trained</source>
            <translation>--export-model „%1“ wurde nicht trainiert</translation>
        </message>
        <message>
            <source>Exported %1 (%2) to %3</source>
            <translation>%1 (%2) nach %3 exportiert</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signiert</translation>
        </message>
        <message>
            <source>The .churnlab file.</source>
            <translation>Die .churnlab-Datei.</translation>
        </message>
        <message>
            <source>en, de or es (default: the app's language setting, else the system's).</source>
            <translation>en, de oder es (Standard: die Spracheinstellung der App, sonst die des Systems).</translation>
        </message>
        <message>
            <source>%1 takes PROJECT and -o FILE; see --help</source>
            <translation>%1 erwartet PROJEKT und -o DATEI; siehe --help</translation>
        </message>
        <message>
            <source>warning: %1 The report leaves out what needs the data.</source>
            <translation>Warnung: %1 Der Bericht lässt weg, was die Daten braucht.</translation>
        </message>
        <message>
            <source>Writes a project's report as a paginated A4 PDF.</source>
            <translation>Schreibt den Bericht eines Projekts als paginiertes A4-PDF.</translation>
        </message>
        <message>
            <source>The model the report speaks of (default: the project's choice, else the best by test AUC).</source>
            <translation>Das Modell, von dem der Bericht handelt (Standard: die Wahl des Projekts, sonst das beste nach Test-AUC).</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>Die zu schreibende PDF-Datei.</translation>
        </message>
        <message>
            <source>the project has no model “%1”</source>
            <translation>das Projekt hat kein Modell „%1“</translation>
        </message>
        <message>
            <source>Exports a project's ML Canvas as a one-page landscape PDF, or PNG.</source>
            <translation>Exportiert das ML Canvas eines Projekts als einseitiges PDF im Querformat oder als PNG.</translation>
        </message>
        <message>
            <source>The .pdf or .png file to write.</source>
            <translation>Die zu schreibende .pdf- oder .png-Datei.</translation>
        </message>
        <message>
            <source>Creates a project (.churnlab) on a CSV file with a target, ready to train.</source>
            <translation>Legt ein Projekt (.churnlab) auf einer CSV-Datei mit Zielspalte an, bereit zum Training.</translation>
        </message>
        <message>
            <source>The training CSV file.</source>
            <translation>Die CSV-Datei zum Trainieren.</translation>
        </message>
        <message>
            <source>Comma-separated learners the project trains (default %1).</source>
            <translation>Kommagetrennte Lernverfahren, die das Projekt trainiert (Standard %1).</translation>
        </message>
        <message>
            <source>The project's name (default: the file's).</source>
            <translation>Der Name des Projekts (Standard: der der Datei).</translation>
        </message>
        <message>
            <source>The project file to write.</source>
            <translation>Die zu schreibende Projektdatei.</translation>
        </message>
        <message>
            <source>%1 has no column “%2”</source>
            <translation>%1 hat keine Spalte „%2“</translation>
        </message>
        <message>
            <source>Created %1: %2 rows × %3 columns of %4, target %5</source>
            <translation>%1 angelegt: %2 Zeilen × %3 Spalten aus %4, Zielspalte %5</translation>
        </message>
        <message>
            <source>Project %1 (%2)</source>
            <translation>Projekt %1 (%2)</translation>
        </message>
        <message>
            <source>Data: %1, %2 rows × %3 columns, SHA-256 %4</source>
            <translation>Daten: %1, %2 Zeilen × %3 Spalten, SHA-256 %4</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>Target: %1 (positive “%2”); threshold %3; learners %4</source>
            <translation>Zielspalte: %1 (positiv „%2“); Schwellenwert %3; Lernverfahren %4</translation>
        </message>
        <message>
            <source>No models trained yet (churnlab-cli project train).</source>
            <translation>Noch keine Modelle trainiert (churnlab-cli project train).</translation>
        </message>
        <message>
            <source>Describes a project: its data, settings and models.</source>
            <translation>Beschreibt ein Projekt: seine Daten, Einstellungen und Modelle.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>JSON ausgeben.</translation>
        </message>
        <message>
            <source>project info takes PROJECT; see --help</source>
            <translation>project info erwartet PROJEKT; siehe --help</translation>
        </message>
        <message>
            <source>Trains a project's models with its own settings and saves them into it.</source>
            <translation>Trainiert die Modelle eines Projekts mit dessen Einstellungen und speichert sie darin.</translation>
        </message>
        <message>
            <source>Comma-separated learners (default: the project's).</source>
            <translation>Kommagetrennte Lernverfahren (Standard: die des Projekts).</translation>
        </message>
        <message>
            <source>project train takes PROJECT; see --help</source>
            <translation>project train erwartet PROJEKT; siehe --help</translation>
        </message>
        <message>
            <source>unknown model “%1”; see churnlab-cli train --list-models</source>
            <translation>unbekanntes Modell „%1“; siehe churnlab-cli train --list-models</translation>
        </message>
        <message>
            <source>%1: %2 current rows against %3 training rows</source>
            <translation>%1: %2 aktuelle Zeilen gegen %3 Trainingszeilen</translation>
        </message>
        <message>
            <source>test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>statistic</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>p</source>
            <translation>p</translation>
        </message>
        <message>
            <source>PSI</source>
            <translation>PSI</translation>
        </message>
        <message>
            <source>importance</source>
            <translation>Wichtigkeit</translation>
        </message>
        <message>
            <source>verdict</source>
            <translation>Urteil</translation>
        </message>
        <message>
            <source>new: %1</source>
            <translation>neu: %1</translation>
        </message>
        <message>
            <source>%1 out of range</source>
            <translation>%1 außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>missing %1 % → %2 %</source>
            <translation>fehlend %1 % → %2 %</translation>
        </message>
        <message>
            <source>DRIFT</source>
            <translation>DRIFT</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>%1: missing from the current data</source>
            <translation>%1: fehlt in den aktuellen Daten</translation>
        </message>
        <message>
            <source>scores: %1 %2, PSI %3 — %4</source>
            <translation>Scores: %1 %2, PSI %3 — %4</translation>
        </message>
        <message>
            <source>live ROC AUC %1 (offline %2), PR AUC %3 (offline %4)</source>
            <translation>Live-ROC-AUC %1 (offline %2), PR AUC %3 (offline %4)</translation>
        </message>
        <message>
            <source>Compares current data (a CSV file, or a scoring service's request log .jsonl) with the training data a bundle describes: per column PSI, Kolmogorov–Smirnov or chi-square, Jensen–Shannon or Wasserstein, schema violations, drift of the scores, and live metrics when the data has the target.</source>
            <translation>Vergleicht aktuelle Daten (eine CSV-Datei oder das Anfrageprotokoll eines Bewertungsdienstes, .jsonl) mit den Trainingsdaten, die ein Bundle beschreibt: je Spalte PSI, Kolmogorow-Smirnow oder Chi-Quadrat, Jensen-Shannon oder Wasserstein, Schemaverstöße, Drift der Scores und Live-Metriken, wenn die Daten die Zielspalte enthalten.</translation>
        </message>
        <message>
            <source>The model bundle (.clb).</source>
            <translation>Das Modell-Bundle (.clb).</translation>
        </message>
        <message>
            <source>Current data: CSV, or a request log (.jsonl).</source>
            <translation>Aktuelle Daten: CSV oder ein Anfrageprotokoll (.jsonl).</translation>
        </message>
        <message>
            <source>Exit with code 3 when drift is found.</source>
            <translation>Mit Code 3 beenden, wenn Drift gefunden wird.</translation>
        </message>
        <message>
            <source>Also write one row per column to this CSV file.</source>
            <translation>Zusätzlich eine Zeile je Spalte in diese CSV-Datei schreiben.</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>started (UTC)</source>
            <translation>Beginn (UTC)</translation>
        </message>
        <message>
            <source>learner</source>
            <translation>Verfahren</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>Where runs are recorded: a SQLite file, postgresql://user:pw@host:port/db, or off (default: $CHURNLAB_TRACKING, else ~/.local/share/ChurnLab/runs.sqlite).</source>
            <translation>Wo Läufe aufgezeichnet werden: eine SQLite-Datei, postgresql://user:pw@host:port/db oder off (Standard: $CHURNLAB_TRACKING, sonst ~/.local/share/ChurnLab/runs.sqlite).</translation>
        </message>
        <message>
            <source>Only this experiment's runs.</source>
            <translation>Nur die Läufe dieses Experiments.</translation>
        </message>
        <message>
            <source>tracking is off (CHURNLAB_TRACKING=off)</source>
            <translation>die Aufzeichnung ist aus (CHURNLAB_TRACKING=off)</translation>
        </message>
        <message>
            <source>field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>run %1</source>
            <translation>Lauf %1</translation>
        </message>
        <message>
            <source>The training runs ChurnLab recorded: runs list, runs show ID, runs diff A B, runs tag ID TAG (champion is one run per experiment), runs untag ID TAG, runs export --mlflow DIR.</source>
            <translation>Die von ChurnLab aufgezeichneten Trainingsläufe: runs list, runs show ID, runs diff A B, runs tag ID MARKE (champion gibt es einmal je Experiment), runs untag ID MARKE, runs export --mlflow ORDNER.</translation>
        </message>
        <message>
            <source>list, show, diff, tag, untag or export.</source>
            <translation>list, show, diff, tag, untag oder export.</translation>
        </message>
        <message>
            <source>runs export: write MLflow's file-store layout here.</source>
            <translation>runs export: hier die Dateiablage von MLflow schreiben.</translation>
        </message>
        <message>
            <source>runs export takes --mlflow DIR</source>
            <translation>runs export erwartet --mlflow ORDNER</translation>
        </message>
        <message>
            <source>%1 run(s) written to %2 (mlflow ui --backend-store-uri %2)</source>
            <translation>%1 Lauf/Läufe nach %2 geschrieben (mlflow ui --backend-store-uri %2)</translation>
        </message>
        <message>
            <source>runs takes list, show ID, diff A B, tag ID TAG, untag ID TAG or export --mlflow DIR; see --help</source>
            <translation>runs erwartet list, show ID, diff A B, tag ID MARKE, untag ID MARKE oder export --mlflow ORDNER; siehe --help</translation>
        </message>
        <message>
            <source>Add a drift section: this current data (CSV or request log .jsonl) against the report's model.</source>
            <translation>Einen Drift-Abschnitt hinzufügen: diese aktuellen Daten (CSV oder Anfrageprotokoll .jsonl) gegen das Modell des Berichts.</translation>
        </message>
        <message>
            <source>--drift needs a trained model</source>
            <translation>--drift braucht ein trainiertes Modell</translation>
        </message>
        <message>
            <source>Version:   %1</source>
            <translation>Version:   %1</translation>
        </message>
        <message>
            <source>Retrains a deployed model (the champion) with its exact settings on new data, judges both on a holdout of the new rows, and writes the new model (the challenger) as the next version of the bundle only if it wins: ROC AUC up by the margin, or a lower expected cost, without worse calibration. Both runs and the decision are tracked.</source>
            <translation>Trainiert ein eingesetztes Modell (den Champion) mit genau seinen Einstellungen auf neuen Daten nach, bewertet beide an einem Holdout der neuen Zeilen und schreibt das neue Modell (den Herausforderer) nur dann als nächste Version des Bundles, wenn es gewinnt: ROC AUC um den Vorsprung höher oder niedrigere erwartete Kosten, ohne schlechtere Kalibrierung. Beide Läufe und die Entscheidung werden erfasst.</translation>
        </message>
        <message>
            <source>The champion bundle (.clb).</source>
            <translation>Das Champion-Bundle (.clb).</translation>
        </message>
        <message>
            <source>New labelled data (CSV) with the champion's columns.</source>
            <translation>Neue gelabelte Daten (CSV) mit den Spalten des Champions.</translation>
        </message>
        <message>
            <source>Train on this old data with the new rows appended, instead of the new alone.</source>
            <translation>Auf diesen alten Daten mit angehängten neuen Zeilen trainieren statt nur auf den neuen.</translation>
        </message>
        <message>
            <source>Where a promoted model goes (default: over BUNDLE, so a churnlab-serve watching it reloads).</source>
            <translation>Wohin ein übernommenes Modell geht (Standard: über BUNDLE, sodass ein churnlab-serve, der es beobachtet, neu lädt).</translation>
        </message>
        <message>
            <source>Share of the new rows held out to judge both (default 0.2).</source>
            <translation>Anteil der neuen Zeilen, der zur Bewertung beider zurückgehalten wird (Standard 0.2).</translation>
        </message>
        <message>
            <source>ROC AUC the challenger must gain (default 0.005).</source>
            <translation>ROC AUC, die der Herausforderer gewinnen muss (Standard 0.005).</translation>
        </message>
        <message>
            <source>Expected cost per customer the challenger must save instead (default 0: any saving).</source>
            <translation>Stattdessen: erwartete Kosten je Kunde, die der Herausforderer sparen muss (Standard 0: jede Ersparnis).</translation>
        </message>
        <message>
            <source>How much worse the calibration error may be (default 0.01).</source>
            <translation>Um wie viel der Kalibrierungsfehler schlechter sein darf (Standard 0.01).</translation>
        </message>
        <message>
            <source>Decide and report, but write no bundle.</source>
            <translation>Entscheiden und berichten, aber kein Bundle schreiben.</translation>
        </message>
        <message>
            <source>Exit with code 4 when the champion is kept.</source>
            <translation>Mit Code 4 beenden, wenn der Champion bleibt.</translation>
        </message>
        <message>
            <source>Sign the new bundle with this secret key (keygen).</source>
            <translation>Das neue Bundle mit diesem geheimen Schlüssel signieren (keygen).</translation>
        </message>
        <message>
            <source>--%1 must be a number</source>
            <translation>--%1 muss eine Zahl sein</translation>
        </message>
        <message>
            <source>%1 retrained on %2 rows; both judged on %3 held-out new rows</source>
            <translation>%1 an %2 Zeilen nachtrainiert; beide bewertet an %3 zurückgehaltenen neuen Zeilen</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>ECE</source>
            <translation>ECE</translation>
        </message>
        <message>
            <source>champion (v%1)</source>
            <translation>Champion (v%1)</translation>
        </message>
        <message>
            <source>challenger (v%1)</source>
            <translation>Herausforderer (v%1)</translation>
        </message>
        <message>
            <source>Wrote version %1 to %2</source>
            <translation>Version %1 nach %2 geschrieben</translation>
        </message>
        <message>
            <source>Excel workbooks: the sheet to read, by name or number (default: the first visible sheet).</source>
            <translation>Excel-Arbeitsmappen: das zu lesende Blatt, nach Name oder Nummer (Standard: das erste sichtbare Blatt).</translation>
        </message>
        <message>
            <source>More texts that mean missing, comma-separated (repeatable).</source>
            <translation>Weitere Texte, die fehlend bedeuten, durch Kommas getrennt (wiederholbar).</translation>
        </message>
        <message>
            <source>Only blanks and --na-values mean missing, not the default tokens (NA, N/A, null, #N/A, None, …).</source>
            <translation>Nur Leerzellen und --na-values bedeuten fehlend, nicht die Standardtexte (NA, N/A, null, #N/A, None, …).</translation>
        </message>
        <message>
            <source>The line that holds the column names (1-based); lines above it (titles, notes) are skipped.</source>
            <translation>Die Zeile mit den Spaltennamen (ab 1 gezählt); Zeilen darüber (Titel, Notizen) werden übersprungen.</translation>
        </message>
        <message>
            <source>Leave out this many rows right below the header (a description row).</source>
            <translation>So viele Zeilen direkt unter der Kopfzeile auslassen (eine Beschreibungszeile).</translation>
        </message>
        <message>
            <source>Read values grouped with this thousands separator as numbers (, or .), e.g. "1,234.50".</source>
            <translation>Mit diesem Tausendertrennzeichen gruppierte Werte als Zahlen lesen (, oder .), z. B. "1,234.50".</translation>
        </message>
        <message>
            <source>--%1 must be a whole number</source>
            <translation>--%1 muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>--thousands must be one of , . ' or a space</source>
            <translation>--thousands muss , . ' oder ein Leerzeichen sein</translation>
        </message>
        <message>
            <source>Excel workbook, sheet “%1”</source>
            <translation>Excel-Arbeitsmappe, Blatt „%1“</translation>
        </message>
        <message>
            <source>Reads a CSV file or an Excel workbook's sheet and reports its dialect, size, and each column's type and profile.</source>
            <translation>Liest eine CSV-Datei oder ein Blatt einer Excel-Arbeitsmappe und berichtet Dialekt, Größe sowie Typ und Profil jeder Spalte.</translation>
        </message>
        <message>
            <source>Add each row's K largest contributions (reason_i and reason_i_contribution, per source column): exact for trees and logistic regression, an estimate for the others.</source>
            <translation>Die K größten Beiträge jeder Zeile hinzufügen (reason_i und reason_i_contribution, je Quellspalte): exakt für Bäume und logistische Regression, eine Schätzung für die anderen.</translation>
        </message>
        <message>
            <source>--explain takes a count K ≥ 1</source>
            <translation>--explain erwartet eine Anzahl K ≥ 1</translation>
        </message>
        <message>
            <source>Reasons: %1 on the %2, from an expected %3</source>
            <translation>Gründe: %1 auf der Skala %2, ausgehend von erwartet %3</translation>
        </message>
        <message>
            <source>info: what a model bundle holds (model, data, target, threshold, metrics, members). verify: checks the archive, every member's checksum, the signature and that schema, pipeline and model agree; exit 0 when it is sound. A broken signature fails even without --trusted-key; only a trusted key says who signed.</source>
            <translation>info: was ein Modell-Bundle enthält (Modell, Daten, Ziel, Schwelle, Metriken, Bestandteile). verify: prüft das Archiv, die Prüfsumme jedes Bestandteils, die Signatur und dass Schema, Pipeline und Modell zusammenpassen; Exit 0, wenn es einwandfrei ist. Eine gebrochene Signatur scheitert auch ohne --trusted-key; nur ein vertrauenswürdiger Schlüssel sagt, wer signiert hat.</translation>
        </message>
        <message>
            <source>verify: fail (exit 1) when the bundle is not signed, as a deploy pipeline wants; with --trusted-key, signed by that key.</source>
            <translation>verify: scheitern (Exit 1), wenn das Bundle nicht signiert ist, wie es eine Deploy-Pipeline will; mit --trusted-key: von diesem Schlüssel signiert.</translation>
        </message>
        <message>
            <source>%1: not signed, and --require-signature was given</source>
            <translation>%1: nicht signiert, und --require-signature wurde angegeben</translation>
        </message>
        <message>
            <source>Usage: churnlab-cli COMMAND [options]

Commands:
  inspect FILE    Detected dialect, row and column counts, each column's type and profile
  inspect --sample  The same for the built-in sample dataset
  sample -o FILE  Write the built-in sample churn dataset as CSV
  plot FILE --kind hist|bars|box|scatter|corr|assoc -o OUT.svg|.png
                  Render a chart headless (see churnlab-cli plot --help)
  train DATA --target COLUMN [--models lr,tree,rf,gbt,nb,mlp]
        [--test FILE | --test-fraction F | --folds K] [--features FILE] [--json]
                  Train churn models and print a leaderboard (--export FILE.clb)
  score BUNDLE INPUT -o OUTPUT [--keep COLS] [--strict] [--shard i/N] [--explain K]
                  Score a CSV file with an exported model
  bundle info|verify BUNDLE [--json] [--trusted-key PUB]
                  Show or check a model bundle
  keygen -o FILE  Make a key pair for signing bundles
  export-onnx BUNDLE OUT.onnx  Write the model as an ONNX graph
  runs list | show ID | tag ID champion [--json] [--tracking STORE]
                  The training runs recorded (SQLite, or PostgreSQL for a team)
  drift BUNDLE CURRENT.csv|requests.jsonl [--json] [--fail-on-drift]
                  Compare current data with the model's training data (exit 3: drift)
  fairness BUNDLE DATA --sensitive COLUMN [--edges 30,45,60] [--json]
                  Compare the model's errors across the groups of a sensitive column
  automl DATA --target COLUMN [--budget 120] [--metric auc|cost] [--json]
                  Search learners and hyperparameters within a time budget
  retrain BUNDLE NEW.csv [--append OLD.csv] [-o NEXT.clb] [--margin 0.005] [--json]
                  Retrain the champion on new data; promote only if it wins
  project new DATA --target COLUMN -o P.churnlab | info P | train P [--models …]
                  Create, describe and train a project
  project export P [--model ID] -o OUT.clb|OUT.onnx
                  Export a project's model at the project's threshold and costs
  report P.churnlab -o REPORT.pdf  Write the project's report as a PDF
  canvas P.churnlab -o CANVAS.pdf|.png  Export the project's ML Canvas

Run 'churnlab-cli COMMAND --help' for the options of a command.
Options: --help, --version
</source>
            <translation>Aufruf: churnlab-cli BEFEHL [Optionen]

Befehle:
  inspect FILE    Erkannter Dialekt, Zeilen- und Spaltenzahl, Typ und Profil jeder Spalte
  inspect --sample  Dasselbe für den eingebauten Beispieldatensatz
  sample -o FILE  Den eingebauten Beispieldatensatz als CSV schreiben
  plot FILE --kind hist|bars|box|scatter|corr|assoc -o OUT.svg|.png
                  Ein Diagramm ohne Bildschirm zeichnen (siehe churnlab-cli plot --help)
  train DATA --target COLUMN [--models lr,tree,rf,gbt,nb,mlp]
        [--test FILE | --test-fraction F | --folds K] [--features FILE] [--json]
                  Abwanderungsmodelle trainieren und eine Rangliste ausgeben (--export FILE.clb)
  score BUNDLE INPUT -o OUTPUT [--keep COLS] [--strict] [--shard i/N] [--explain K]
                  Eine CSV-Datei mit einem exportierten Modell bewerten
  bundle info|verify BUNDLE [--json] [--trusted-key PUB]
                  Ein Modell-Bundle anzeigen oder prüfen
  keygen -o FILE  Ein Schlüsselpaar zum Signieren von Bundles erzeugen
  export-onnx BUNDLE OUT.onnx  Das Modell als ONNX-Graph schreiben
  runs list | show ID | tag ID champion [--json] [--tracking STORE]
                  Die aufgezeichneten Trainingsläufe (SQLite, oder PostgreSQL für ein Team)
  drift BUNDLE CURRENT.csv|requests.jsonl [--json] [--fail-on-drift]
                  Aktuelle Daten mit den Trainingsdaten des Modells vergleichen (Exit 3: Drift)
  fairness BUNDLE DATA --sensitive COLUMN [--edges 30,45,60] [--json]
                  Die Fehler des Modells über die Gruppen einer sensiblen Spalte vergleichen
  automl DATA --target COLUMN [--budget 120] [--metric auc|cost] [--json]
                  Lernverfahren und Hyperparameter innerhalb eines Zeitbudgets suchen
  retrain BUNDLE NEW.csv [--append OLD.csv] [-o NEXT.clb] [--margin 0.005] [--json]
                  Champion auf neuen Daten nachtrainieren; nur übernehmen, wenn er gewinnt
  project new DATA --target COLUMN -o P.churnlab | info P | train P [--models …]
                  Ein Projekt anlegen, beschreiben und trainieren
  project export P [--model ID] -o OUT.clb|OUT.onnx
                  Das Modell eines Projekts mit Schwelle und Kosten des Projekts exportieren
  report P.churnlab -o REPORT.pdf  Den Bericht des Projekts als PDF schreiben
  canvas P.churnlab -o CANVAS.pdf|.png  Das ML Canvas des Projekts exportieren

'churnlab-cli BEFEHL --help' zeigt die Optionen eines Befehls.
Optionen: --help, --version
</translation>
        </message>
        <message>
            <source>A separate test file, read with the same options as DATA.</source>
            <translation>Eine separate Testdatei, gelesen mit denselben Optionen wie DATA.</translation>
        </message>
        <message>
            <source>Seed of the split and the models.</source>
            <translation>Startwert der Aufteilung und der Modelle.</translation>
        </message>
        <message>
            <source>--seed takes a whole number</source>
            <translation>--seed erwartet eine ganze Zahl</translation>
        </message>
        <message>
            <source>No test file %1</source>
            <translation>Keine Testdatei %1</translation>
        </message>
        <message>
            <source>Exports one of a project's models as a bundle, or as ONNX when the output ends in .onnx, deciding with the project's threshold and costs.</source>
            <translation>Exportiert eines der Modelle eines Projekts als Bundle, oder als ONNX, wenn die Ausgabe auf .onnx endet, und entscheidet mit Schwelle und Kosten des Projekts.</translation>
        </message>
        <message>
            <source>The model's id (see project info; default: the chosen one).</source>
            <translation>Die ID des Modells (siehe project info; Standard: das gewählte).</translation>
        </message>
        <message>
            <source>The bundle (.clb) or ONNX file to write.</source>
            <translation>Die zu schreibende Bundle- (.clb) oder ONNX-Datei.</translation>
        </message>
        <message>
            <source>Sign the bundle with this secret key.</source>
            <translation>Das Bundle mit diesem geheimen Schlüssel signieren.</translation>
        </message>
        <message>
            <source>project export takes PROJECT and -o FILE; see --help</source>
            <translation>project export erwartet PROJECT und -o FILE; siehe --help</translation>
        </message>
        <message>
            <source>Wrote %1 (model %2, threshold %3)
</source>
            <translation>%1 geschrieben (Modell %2, Schwelle %3)
</translation>
        </message>
        <message>
            <source>Train on the columns that leak the outcome too (by default they are left out and named).</source>
            <translation>Auch mit den Spalten trainieren, die das Ergebnis verraten (standardmäßig werden sie weggelassen und genannt).</translation>
        </message>
        <message>
            <source>Association with the target (AUC of the column alone; categories out of fold)</source>
            <translation>Zusammenhang mit dem Ziel (AUC der Spalte allein; Kategorien außerhalb der Faltung)</translation>
        </message>
        <message>
            <source>   %1 levels, %2 rows each; in-sample AUC %3</source>
            <translation>   %1 Stufen, je %2 Zeilen; AUC in der Stichprobe %3</translation>
        </message>
        <message>
            <source>    warning: %1</source>
            <translation>    Warnung: %1</translation>
        </message>
        <message>
            <source>Left out for leakage: %1</source>
            <translation>Wegen Leakage weggelassen: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Hinweis: %1</translation>
        </message>
        <message>
            <source>Read from a database instead of a file: postgresql://user@host:port/db, mysql://…, sqlite:///path/file.db or odbc://DSN. A password comes from CHURNLAB_DB_PASSWORD (or PGPASSWORD, ~/.pgpass) rather than the URL.</source>
            <translation>Aus einer Datenbank statt aus einer Datei lesen: postgresql://benutzer@host:port/db, mysql://…, sqlite:///pfad/datei.db oder odbc://DSN. Ein Passwort kommt besser aus CHURNLAB_DB_PASSWORD (oder PGPASSWORD, ~/.pgpass) als aus der URL.</translation>
        </message>
        <message>
            <source>With --db: the table, e.g. sales.customers.</source>
            <translation>Mit --db: die Tabelle, z. B. sales.customers.</translation>
        </message>
        <message>
            <source>With --db: a SELECT to read.</source>
            <translation>Mit --db: ein zu lesendes SELECT.</translation>
        </message>
        <message>
            <source>With --db: a file holding the SELECT.</source>
            <translation>Mit --db: eine Datei mit dem SELECT.</translation>
        </message>
        <message>
            <source>With --db: read at most N rows.</source>
            <translation>Mit --db: höchstens N Zeilen lesen.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Give --query or --query-file, not both.</source>
            <translation>Geben Sie --query oder --query-file an, nicht beide.</translation>
        </message>
        <message>
            <source>inspect takes one FILE (or --sample, or --db); see --help</source>
            <translation>inspect erwartet eine DATEI (oder --sample oder --db); siehe --help</translation>
        </message>
        <message>
            <source>train takes DATA (or --db) and --target COLUMN; see --help</source>
            <translation>train erwartet DATEN (oder --db) und --target SPALTE; siehe --help</translation>
        </message>
        <message>
            <source>With --to: the table to write.</source>
            <translation>Mit --to: die zu schreibende Tabelle.</translation>
        </message>
        <message>
            <source>With --to: replace the table (default) or append to it.</source>
            <translation>Mit --to: die Tabelle ersetzen (Standard) oder an sie anhängen.</translation>
        </message>
        <message>
            <source>score takes BUNDLE INPUT (or --db) and -o OUTPUT (or --to URL --to-table T); see --help</source>
            <translation>score erwartet BUNDLE EINGABE (oder --db) und -o AUSGABE (oder --to URL --to-table T); siehe --help</translation>
        </message>
        <message>
            <source>--mode is replace or append</source>
            <translation>--mode ist replace oder append</translation>
        </message>
        <message>
            <source>drift takes BUNDLE and CURRENT (or --db); see --help</source>
            <translation>drift erwartet BUNDLE und CURRENT (oder --db); siehe --help</translation>
        </message>
        <message>
            <source>project new takes DATA (or --db), --target COLUMN and -o FILE; see --help</source>
            <translation>project new erwartet DATA (oder --db), --target SPALTE und -o DATEI; siehe --help</translation>
        </message>
        <message>
            <source>Reads a project's data again (its file, or its database query), says what changed and records the new fingerprint in the project.</source>
            <translation>Liest die Daten eines Projekts erneut (seine Datei oder seine Datenbankabfrage), nennt die Änderungen und speichert den neuen Fingerabdruck im Projekt.</translation>
        </message>
        <message>
            <source>project refresh takes PROJECT; see --help</source>
            <translation>project refresh erwartet PROJEKT; siehe --help</translation>
        </message>
        <message>
            <source>%1 has changed: %2. The project now records it.</source>
            <translation>%1 hat sich geändert: %2. Das Projekt hält es jetzt fest.</translation>
        </message>
        <message>
            <source>%1 is unchanged (%2 rows × %3 columns).</source>
            <translation>%1 ist unverändert (%2 Zeilen × %3 Spalten).</translation>
        </message>
        <message>
            <source>project takes new, info, refresh, train or export; e.g. churnlab-cli project info P.churnlab</source>
            <translation>project erwartet new, info, refresh, train oder export; z. B. churnlab-cli project info P.churnlab</translation>
        </message>
        <message>
            <source>retrain takes BUNDLE and NEW (or --db); see --help</source>
            <translation>retrain erwartet BUNDLE und NEW (oder --db); siehe --help</translation>
        </message>
        <message>
            <source>Write the scores to a database instead of a file (PostgreSQL, MariaDB/MySQL, SQLite or ODBC; with --to-table), in one transaction.</source>
            <translation>Die Scores statt in eine Datei in eine Datenbank schreiben (PostgreSQL, MariaDB/MySQL, SQLite oder ODBC; mit --to-table), in einer Transaktion.</translation>
        </message>
        <message>
            <source>With --db: read N rows drawn at random (the server orders by random() before the limit).</source>
            <translation>Mit --db: N zufällig gezogene Zeilen lesen (der Server sortiert vor dem Limit nach random()).</translation>
        </message>
        <message>
            <source>Give --limit or --sample-rows, not both.</source>
            <translation>Geben Sie --limit oder --sample-rows an, nicht beides.</translation>
        </message>
        <message>
            <source>--%1 takes a whole number of rows.</source>
            <translation>--%1 erwartet eine ganze Zeilenzahl.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Desktop workbench for churn prediction.</source>
            <translation>Desktop-Werkbank für Abwanderungsprognosen.</translation>
        </message>
        <message>
            <source>Open the built-in sample data.</source>
            <translation>Die eingebauten Beispieldaten öffnen.</translation>
        </message>
        <message>
            <source>Save a PNG of the window once the data is shown, then quit.</source>
            <translation>Ein PNG des Fensters speichern, sobald die Daten angezeigt werden, dann beenden.</translation>
        </message>
        <message>
            <source>Select this column at start (its profile is shown).</source>
            <translation>Diese Spalte beim Start auswählen (ihr Profil wird gezeigt).</translation>
        </message>
        <message>
            <source>Train the default models once the data is shown.</source>
            <translation>Die Standardmodelle trainieren, sobald die Daten angezeigt werden.</translation>
        </message>
        <message>
            <source>Project (.churnlab) or CSV file to open.</source>
            <translation>Zu öffnendes Projekt (.churnlab) oder CSV-Datei.</translation>
        </message>
        <message>
            <source>Start on this tab: canvas, data, explore, quality, features or model.</source>
            <translation>Auf diesem Reiter starten: canvas, data, explore, quality, features oder model.</translation>
        </message>
    </context>
    <context>
        <name>serve</name>
        <message>
            <source>Serves a ChurnLab model bundle over HTTP: the Open Inference Protocol v2 (KServe, Seldon, Triton clients), MLflow's /invocations, and /metrics.</source>
            <translation>Stellt ein ChurnLab-Modellbündel über HTTP bereit: das Open Inference Protocol v2 (KServe-, Seldon-, Triton-Clients), /invocations von MLflow und /metrics.</translation>
        </message>
        <message>
            <source>Address (default 127.0.0.1).</source>
            <translation>Adresse (Standard 127.0.0.1).</translation>
        </message>
        <message>
            <source>Port (default 8080; 0 picks a free one).</source>
            <translation>Port (Standard 8080; 0 wählt einen freien).</translation>
        </message>
        <message>
            <source>Require this bearer token (file's first line) on all but the health probes.</source>
            <translation>Dieses Bearer-Token (erste Zeile der Datei) überall außer bei den Health-Probes verlangen.</translation>
        </message>
        <message>
            <source>Largest request body in bytes (default 16 MiB).</source>
            <translation>Größter Anfragerumpf in Bytes (Standard 16 MiB).</translation>
        </message>
        <message>
            <source>Seconds a request may take to arrive (default 10).</source>
            <translation>Sekunden, die eine Anfrage bis zum Eintreffen brauchen darf (Standard 10).</translation>
        </message>
        <message>
            <source>Most open connections (default 1024).</source>
            <translation>Höchstzahl offener Verbindungen (Standard 1024).</translation>
        </message>
        <message>
            <source>Append one JSON line per scoring request to this file.</source>
            <translation>Je Bewertungsanfrage eine JSON-Zeile an diese Datei anhängen.</translation>
        </message>
        <message>
            <source>Rotate the request log beyond this size (default 100 MiB).</source>
            <translation>Das Anfrageprotokoll ab dieser Größe rotieren (Standard 100 MiB).</translation>
        </message>
        <message>
            <source>Also log the input values.</source>
            <translation>Auch die Eingabewerte protokollieren.</translation>
        </message>
        <message>
            <source>Serve only bundles signed by this public key.</source>
            <translation>Nur Bündel bereitstellen, die mit diesem öffentlichen Schlüssel signiert sind.</translation>
        </message>
        <message>
            <source>Threads that score requests (default: one per core).</source>
            <translation>Threads, die Anfragen bewerten (Standard: einer je Kern).</translation>
        </message>
        <message>
            <source>Scoring requests running or waiting, beyond which the server answers 503 with Retry-After (default 64).</source>
            <translation>Laufende oder wartende Bewertungsanfragen, ab denen der Server mit 503 und Retry-After antwortet (Standard 64).</translation>
        </message>
    </context>
</TS>