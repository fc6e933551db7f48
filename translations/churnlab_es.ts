<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
    <context>
        <name>AnalysisDocument</name>
        <message>
            <source>Change threshold and costs</source>
            <translation>Cambiar umbral y costes</translation>
        </message>
        <message>
            <source>Remove model “%1”</source>
            <translation>Quitar el modelo «%1»</translation>
        </message>
        <message>
            <source>query on %1</source>
            <translation>consulta en %1</translation>
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
            <translation>Cuánto puede durar la búsqueda, incluidos los ajustes finales</translation>
        </message>
        <message>
            <source>Time &amp;budget:</source>
            <translation>&amp;Presupuesto de tiempo:</translation>
        </message>
        <message>
            <source>What the search maximises (AUC) or minimises (log loss, expected cost at the best threshold with the Threshold panel's costs)</source>
            <translation>Lo que la búsqueda maximiza (AUC) o minimiza (log loss, coste esperado en el mejor umbral con los costes del panel de umbral)</translation>
        </message>
        <message>
            <source>&amp;Optimise:</source>
            <translation>&amp;Optimizar:</translation>
        </message>
        <message>
            <source>Try a soft-voting &amp;ensemble of the best three learners</source>
            <translation>Probar un &amp;ensemble de votación suave de los tres mejores algoritmos</translation>
        </message>
        <message>
            <source>Kept only if it beats the best single model on validation</source>
            <translation>Solo se conserva si supera al mejor modelo individual en la validación</translation>
        </message>
        <message>
            <source>Every learner at its defaults first, then successive-halving brackets of sampled settings, judged on rows split from the training rows; the test rows stay untouched.</source>
            <translation>Primero cada algoritmo con sus valores por defecto, luego rondas de successive halving con ajustes muestreados, evaluados en filas separadas de las de entrenamiento; las filas de prueba no se tocan.</translation>
        </message>
        <message>
            <source>Best so far</source>
            <translation>Mejor hasta ahora</translation>
        </message>
        <message>
            <source>Trials on all rows</source>
            <translation>Pruebas con todas las filas</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Segundos</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Every trial: the model, how many rows it was fitted on (successive halving starts small), its validation value and its settings</source>
            <translation>Cada prueba: el modelo, con cuántas filas se ajustó (successive halving empieza con pocas), su valor de validación y sus ajustes</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Iniciar</translation>
        </message>
        <message>
            <source>Cancel Search</source>
            <translation>Cancelar búsqueda</translation>
        </message>
        <message>
            <source>Stop now and keep the best model found so far</source>
            <translation>Parar ahora y conservar el mejor modelo encontrado</translation>
        </message>
        <message>
            <source>AutoML failed: %1</source>
            <translation>AutoML falló: %1</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>detenida</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallida</translation>
        </message>
        <message numerus="yes">
            <source>%n trial(s) in %1 s of %2 s.</source>
            <translation>
                <numerusform>%n prueba en %1 s de %2 s.</numerusform>
                <numerusform>%n pruebas en %1 s de %2 s.</numerusform>
            </translation>
        </message>
        <message>
            <source>Best %1 %2 (%3).</source>
            <translation>Mejor %1 %2 (%3).</translation>
        </message>
        <message>
            <source>Cancelled: the best model found so far was kept.</source>
            <translation>Cancelado: se conservó el mejor modelo encontrado.</translation>
        </message>
        <message>
            <source>%1: test ROC AUC %2, PR AUC %3 — on the leaderboard.</source>
            <translation>%1: ROC AUC de prueba %2, PR AUC %3 — en la clasificación.</translation>
        </message>
        <message>
            <source>The ensemble of %1 (%2 on validation) did not beat the best model and was dropped.</source>
            <translation>El ensemble de %1 (%2 en validación) no superó al mejor modelo y se descartó.</translation>
        </message>
    </context>
    <context>
        <name>CanvasBlockEditor</name>
        <message>
            <source>Fill</source>
            <translation>Rellenar</translation>
        </message>
        <message>
            <source>Fill this block with the project's facts; your notes stay as they are</source>
            <translation>Rellenar este bloque con los datos del proyecto; sus notas quedan como están</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Editar «%1»</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source> (out of date)</source>
            <translation> (desactualizado)</translation>
        </message>
        <message>
            <source>Filled from the project</source>
            <translation>Rellenado desde el proyecto</translation>
        </message>
        <message>
            <source>The project has changed since these facts were filled; press Update</source>
            <translation>El proyecto ha cambiado desde que se rellenaron estos datos; pulse Actualizar</translation>
        </message>
    </context>
    <context>
        <name>CanvasPainter</name>
        <message>
            <source> (out of date)</source>
            <translation> (desactualizado)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>ML Canvas — %1</source>
            <translation>ML Canvas — %1</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>no se pudo codificar la imagen</translation>
        </message>
    </context>
    <context>
        <name>CanvasPanel</name>
        <message>
            <source>Fill &amp;All Facts</source>
            <translation>Rellenar &amp;todos los datos</translation>
        </message>
        <message>
            <source>Fill every block the project has facts for; your own notes are kept</source>
            <translation>Rellenar cada bloque para el que el proyecto tiene datos; sus notas se conservan</translation>
        </message>
        <message>
            <source>Export Canvas…</source>
            <translation>Exportar canvas…</translation>
        </message>
        <message>
            <source>Save the canvas as a one-page landscape PDF or PNG</source>
            <translation>Guardar el canvas como PDF apaisado de una página o como PNG</translation>
        </message>
        <message>
            <source>Fill “%1”</source>
            <translation>Rellenar «%1»</translation>
        </message>
        <message>
            <source>Fill all facts</source>
            <translation>Rellenar todos los datos</translation>
        </message>
        <message>
            <source>Plan the project here; facts from the data and the models fill in with one click.</source>
            <translation>Planifique aquí el proyecto; los datos de los datos y los modelos se rellenan con un clic.</translation>
        </message>
        <message numerus="yes">
            <source>%n block(s) show facts that are out of date: press Update in each, or Fill All Facts.</source>
            <translation>
                <numerusform>%n bloque muestra datos desactualizados: pulse Actualizar en él o Rellenar todos los datos.</numerusform>
                <numerusform>%n bloques muestran datos desactualizados: pulse Actualizar en cada uno o Rellenar todos los datos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChartBuilder</name>
        <message>
            <source>%1 by churn</source>
            <translation>%1 según abandono</translation>
        </message>
        <message>
            <source>Counts of %1</source>
            <translation>Recuento de %1</translation>
        </message>
        <message>
            <source>Distribution of %1</source>
            <translation>Distribución de %1</translation>
        </message>
        <message>
            <source>Stayed</source>
            <translation>Se quedó</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Churned</source>
            <translation>Abandonó</translation>
        </message>
        <message>
            <source>%1: %2 rows</source>
            <translation>%1: %2 filas</translation>
        </message>
        <message>
            <source>, %1 churned (%2 %)</source>
            <translation>, %1 abandonaron (%2 %)</translation>
        </message>
        <message>
            <source>Churn rate</source>
            <translation>Tasa de abandono</translation>
        </message>
        <message>
            <source>Churn rate (%)</source>
            <translation>Tasa de abandono (%)</translation>
        </message>
        <message>
            <source> (%1 missing not shown)</source>
            <translation> (%1 faltantes no mostrados)</translation>
        </message>
        <message>
            <source>Spread of %1</source>
            <translation>Dispersión de %1</translation>
        </message>
        <message>
            <source>%1 (n = %2)</source>
            <translation>%1 (n = %2)</translation>
        </message>
        <message>
            <source>Outliers</source>
            <translation>Valores atípicos</translation>
        </message>
        <message>
            <source>%1: median %2, quartiles %3 – %4, whiskers %5 – %6, %7 outliers</source>
            <translation>%1: mediana %2, cuartiles %3 – %4, bigotes %5 – %6, %7 atípicos</translation>
        </message>
        <message>
            <source>%1 against %2</source>
            <translation>%1 frente a %2</translation>
        </message>
        <message>
            <source> (random sample of %1 of %2 rows)</source>
            <translation> (muestra aleatoria de %1 de %2 filas)</translation>
        </message>
        <message>
            <source>What goes with %1: AUC of each column alone</source>
            <translation>Qué acompaña a %1: AUC de cada columna sola</translation>
        </message>
        <message>
            <source>AUC (0.5 = no signal)</source>
            <translation>AUC (0,5 = sin señal)</translation>
        </message>
        <message>
            <source>ROC AUC of the column alone</source>
            <translation>ROC AUC de la columna sola</translation>
        </message>
        <message>
            <source>%1: AUC %2</source>
            <translation>%1: AUC %2</translation>
        </message>
        <message>
            <source>, Cramér's V %1</source>
            <translation>, V de Cramér %1</translation>
        </message>
        <message>
            <source>%1 (%2 levels)</source>
            <translation>%1 (%2 niveles)</translation>
        </message>
        <message>
            <source>
%1 levels, %2 rows each; scored out of fold (in-sample AUC %3)</source>
            <translation>
%1 niveles, %2 filas cada uno; puntuado fuera del pliegue (AUC en la muestra %3)</translation>
        </message>
    </context>
    <context>
        <name>ChartExport</name>
        <message>
            <source>Cannot save the chart to %1: %2</source>
            <translation>No se puede guardar el gráfico en %1: %2</translation>
        </message>
        <message>
            <source>the image could not be encoded</source>
            <translation>no se pudo codificar la imagen</translation>
        </message>
        <message>
            <source>use a file name ending in .png or .svg</source>
            <translation>use un nombre de archivo terminado en .png o .svg</translation>
        </message>
    </context>
    <context>
        <name>CorrelationHeatmap</name>
        <message>
            <source>Spearman rank correlation</source>
            <translation>Correlación de rangos de Spearman</translation>
        </message>
        <message>
            <source>Pearson correlation</source>
            <translation>Correlación de Pearson</translation>
        </message>
        <message>
            <source>No numeric columns to correlate</source>
            <translation>No hay columnas numéricas que correlacionar</translation>
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
            <translation>Valor faltante</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2, %n missing</source>
            <translation>
                <numerusform>%1 — %2, %n valor faltante</numerusform>
                <numerusform>%1 — %2, %n valores faltantes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1
%2 missing</source>
            <translation>%1
faltan %2</translation>
        </message>
    </context>
    <context>
        <name>ExplainCharts</name>
        <message>
            <source>%1: churn probability %2 — %3 on the %4</source>
            <translation>%1: probabilidad de baja %2 — %3 en la escala %4</translation>
        </message>
        <message numerus="yes">
            <source>%n other(s)</source>
            <translation>
                <numerusform>%n más</numerusform>
                <numerusform>%n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Log-odds</source>
            <translation>Log-odds</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probabilidad</translation>
        </message>
        <message>
            <source>Expected %1</source>
            <translation>Esperado %1</translation>
        </message>
        <message>
            <source>This customer %1</source>
            <translation>Este cliente %1</translation>
        </message>
        <message>
            <source>%1: mean |SHAP| per column (%2)</source>
            <translation>%1: |SHAP| medio por columna (%2)</translation>
        </message>
        <message>
            <source>Mean |contribution|</source>
            <translation>|Contribución| media</translation>
        </message>
        <message>
            <source>SHAP dependence: %1</source>
            <translation>Dependencia SHAP: %1</translation>
        </message>
        <message>
            <source>Towards churn</source>
            <translation>Hacia la baja</translation>
        </message>
        <message>
            <source>Away from churn</source>
            <translation>Lejos de la baja</translation>
        </message>
        <message>
            <source>Contribution (log-odds)</source>
            <translation>Contribución (log-odds)</translation>
        </message>
        <message>
            <source>Contribution (probability)</source>
            <translation>Contribución (probabilidad)</translation>
        </message>
        <message numerus="yes">
            <source>Partial dependence: %1 (with %n customer(s)' ICE curves)</source>
            <translation>
                <numerusform>Dependencia parcial: %1 (con la curva ICE de %n cliente)</numerusform>
                <numerusform>Dependencia parcial: %1 (con las curvas ICE de %n clientes)</numerusform>
            </translation>
        </message>
        <message>
            <source>Average (partial dependence)</source>
            <translation>Media (dependencia parcial)</translation>
        </message>
        <message>
            <source>Probability of churn</source>
            <translation>Probabilidad de baja</translation>
        </message>
        <message>
            <source>%1: mean |SHAP| was not measured when it was trained (exact values for deep trees take long); the Explain tab measures it on a sample</source>
            <translation>%1: el |SHAP| medio no se midió al entrenar (los valores exactos de árboles profundos tardan); la pestaña Explicar lo mide en una muestra</translation>
        </message>
        <message>
            <source>Toward churn</source>
            <translation>Hacia la baja</translation>
        </message>
        <message>
            <source>(missing)</source>
            <translation>(ausente)</translation>
        </message>
    </context>
    <context>
        <name>ExplainPanel</name>
        <message>
            <source>Train a model on the Model tab to see why it scores each customer as it does.</source>
            <translation>Entrene un modelo en la pestaña Modelo para ver por qué puntúa así a cada cliente.</translation>
        </message>
        <message>
            <source>Find a customer…</source>
            <translation>Buscar un cliente…</translation>
        </message>
        <message>
            <source>Show the customers whose ID contains this text</source>
            <translation>Mostrar los clientes cuyo ID contiene este texto</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probabilidad</translation>
        </message>
        <message>
            <source>Churned</source>
            <translation>Se dio de baja</translation>
        </message>
        <message>
            <source>The test rows, highest churn probability first; select one to see why</source>
            <translation>Las filas de prueba, la mayor probabilidad de baja primero; seleccione una para ver por qué</translation>
        </message>
        <message>
            <source>Each column's contribution to this customer's score, largest first, from the average customer (expected) to this one</source>
            <translation>La contribución de cada columna a la puntuación de este cliente, la mayor primero, del cliente medio (esperado) a este</translation>
        </message>
        <message>
            <source>&amp;Column:</source>
            <translation>&amp;Columna:</translation>
        </message>
        <message>
            <source>The column the dependence and partial-dependence plots show</source>
            <translation>La columna que muestran los gráficos de dependencia y de dependencia parcial</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Importancia</translation>
        </message>
        <message>
            <source>Dependence</source>
            <translation>Dependencia</translation>
        </message>
        <message>
            <source>Partial dependence</source>
            <translation>Dependencia parcial</translation>
        </message>
        <message numerus="yes">
            <source>Explaining %n customer(s) with %1…</source>
            <translation>
                <numerusform>Explicando %n cliente con %1…</numerusform>
                <numerusform>Explicando %n clientes con %1…</numerusform>
            </translation>
        </message>
        <message>
            <source>No explanation: %1</source>
            <translation>Sin explicación: %1</translation>
        </message>
        <message>
            <source>These are estimates: each column's average effect over random orders of the columns, against a sample of training customers.</source>
            <translation>Son estimaciones: el efecto medio de cada columna sobre órdenes aleatorios de las columnas, frente a una muestra de clientes de entrenamiento.</translation>
        </message>
        <message>
            <source>These are exact: they add up to the model's output.</source>
            <translation>Son exactas: suman la salida del modelo.</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>Fila %1</translation>
        </message>
        <message numerus="yes">
            <source>Computed with %1 for %n customer(s) of %2, on the %3. %4</source>
            <translation>
                <numerusform>Calculado con %1 para %n cliente de %2, en la escala %3. %4</numerusform>
                <numerusform>Calculado con %1 para %n clientes de %2, en la escala %3. %4</numerusform>
            </translation>
        </message>
        <message>
            <source>the test rows</source>
            <translation>las filas de prueba</translation>
        </message>
    </context>
    <context>
        <name>ExplorePanel</name>
        <message>
            <source>Distribution</source>
            <translation>Distribución</translation>
        </message>
        <message>
            <source>Box plot by class</source>
            <translation>Diagrama de caja por clase</translation>
        </message>
        <message>
            <source>Scatter plot</source>
            <translation>Diagrama de dispersión</translation>
        </message>
        <message>
            <source>Correlation heat map</source>
            <translation>Mapa de calor de correlaciones</translation>
        </message>
        <message>
            <source>Association with the target</source>
            <translation>Asociación con el objetivo</translation>
        </message>
        <message>
            <source>Which chart to draw</source>
            <translation>Qué gráfico dibujar</translation>
        </message>
        <message>
            <source>The column to plot (the x axis of a scatter plot)</source>
            <translation>La columna que representar (el eje x de un diagrama de dispersión)</translation>
        </message>
        <message>
            <source>The y axis of the scatter plot</source>
            <translation>El eje y del diagrama de dispersión</translation>
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
            <translation>Pearson mide relaciones lineales; Spearman, cualquier relación monótona</translation>
        </message>
        <message>
            <source>The churn column that splits and colours the charts</source>
            <translation>La columna de abandono que divide y colorea los gráficos</translation>
        </message>
        <message>
            <source>&amp;Y:</source>
            <translation>&amp;Y:</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Método:</translation>
        </message>
        <message>
            <source>C&amp;hart:</source>
            <translation>&amp;Gráfico:</translation>
        </message>
        <message>
            <source>C&amp;olumn:</source>
            <translation>C&amp;olumna:</translation>
        </message>
        <message>
            <source>&amp;Target:</source>
            <translation>&amp;Objetivo:</translation>
        </message>
        <message>
            <source>Churned &amp;is:</source>
            <translation>Abandono &amp;es:</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>Exportar &amp;PNG…</translation>
        </message>
        <message>
            <source>Export &amp;SVG…</source>
            <translation>Exportar &amp;SVG…</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image</source>
            <translation>Guardar el gráfico como imagen PNG</translation>
        </message>
        <message>
            <source>Save the chart as an SVG vector drawing</source>
            <translation>Guardar el gráfico como dibujo vectorial SVG</translation>
        </message>
        <message>
            <source>Copy the chart to the clipboard (Ctrl+Shift+C)</source>
            <translation>Copiar el gráfico al portapapeles (Ctrl+Mayús+C)</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Exportar gráfico</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>Dibujos SVG (*.svg)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>FairnessPanel</name>
        <message>
            <source>Train a model on the Model tab, then pick a sensitive column to compare how the model treats its groups.</source>
            <translation>Entrene un modelo en la pestaña Modelo y elija una columna sensible para comparar cómo trata el modelo a sus grupos.</translation>
        </message>
        <message>
            <source>The column whose groups are compared (gender, senior citizen, an age band); it need not be one of the model's inputs</source>
            <translation>La columna cuyos grupos se comparan (género, persona mayor, una franja de edad); no necesita ser una entrada del modelo</translation>
        </message>
        <message>
            <source>&amp;Sensitive column:</source>
            <translation>Columna &amp;sensible:</translation>
        </message>
        <message>
            <source>Equal-frequency bins for a numeric column with many values</source>
            <translation>Intervalos de igual frecuencia para una columna numérica con muchos valores</translation>
        </message>
        <message>
            <source>or bin edges, e.g. 30, 45, 60</source>
            <translation>o límites de intervalo, p. ej. 30, 45, 60</translation>
        </message>
        <message>
            <source>Bins [−∞, 30), [30, 45), [45, 60), [60, ∞) instead of quantiles</source>
            <translation>Intervalos [−∞, 30), [30, 45), [45, 60), [60, ∞) en lugar de cuantiles</translation>
        </message>
        <message>
            <source>Numbers in &amp;bins:</source>
            <translation>Números en &amp;intervalos:</translation>
        </message>
        <message>
            <source>&amp;Equal Opportunity Thresholds</source>
            <translation>Umbrales de igualdad de &amp;oportunidades</translation>
        </message>
        <message>
            <source>A threshold per group that gives every group the true positive rate the single threshold gives everyone</source>
            <translation>Un umbral por grupo que da a cada grupo la tasa de verdaderos positivos que el umbral único da a todos</translation>
        </message>
        <message>
            <source>&amp;One Threshold</source>
            <translation>&amp;Un umbral</translation>
        </message>
        <message>
            <source>Back to the model's single threshold for every group</source>
            <translation>Volver al umbral único del modelo para todos los grupos</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Churn rate</source>
            <translation>Tasa de baja</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>Señalados</translation>
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
            <translation>Precisión</translation>
        </message>
        <message>
            <source>AUC</source>
            <translation>AUC</translation>
        </message>
        <message>
            <source>Calibration error</source>
            <translation>Error de calibración</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <source>Per group at its threshold; double-click a threshold to change it</source>
            <translation>Por grupo en su umbral; doble clic en un umbral para cambiarlo</translation>
        </message>
        <message>
            <source>Per group: the share flagged, the share of churners caught (TPR) and the share of stayers flagged (FPR)</source>
            <translation>Por grupo: la proporción señalada, la de clientes que se van detectados (TPR) y la de clientes que se quedan señalados (FPR)</translation>
        </message>
        <message>
            <source>Bin edges: “%1” is not a number.</source>
            <translation>Límites de intervalo: «%1» no es un número.</translation>
        </message>
        <message>
            <source>Fewer than %1 customers: shown, but left out of the disparities</source>
            <translation>Menos de %1 clientes: se muestra, pero queda fuera de las disparidades</translation>
        </message>
        <message>
            <source>Expected cost per customer at these thresholds: %1 (costs %2 per false positive, %3 per false negative).</source>
            <translation>Coste esperado por cliente con estos umbrales: %1 (costes %2 por falso positivo, %3 por falso negativo).</translation>
        </message>
        <message>
            <source>No input of the model is a strong proxy for “%1”.</source>
            <translation>Ninguna entrada del modelo es un sustituto fuerte de «%1».</translation>
        </message>
        <message>
            <source>%1 by %2 at the thresholds above</source>
            <translation>%1 por %2 con los umbrales de arriba</translation>
        </message>
        <message numerus="yes">
            <source>Scoring %n row(s)…</source>
            <translation>
                <numerusform>Puntuando %n fila…</numerusform>
                <numerusform>Puntuando %n filas…</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 on %2, at threshold %3.</source>
            <translation>%1 en %2, con umbral %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>Groups with a threshold of their own (in the table) are judged at it, not at the analysis' threshold.</source>
            <translation>Los grupos con umbral propio (en la tabla) se juzgan con él, no con el umbral del análisis.</translation>
        </message>
        <message>
            <source>One group only: nothing to compare.</source>
            <translation>Un solo grupo: nada que comparar.</translation>
        </message>
        <message>
            <source>Only one group has at least %1 customers: nothing to compare.</source>
            <translation>Solo un grupo tiene al menos %1 clientes: nada que comparar.</translation>
        </message>
    </context>
    <context>
        <name>FeatureConfigModel</name>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>Feature</source>
            <translation>Variable</translation>
        </message>
        <message>
            <source>Ignored</source>
            <translation>Ignorada</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Most frequent</source>
            <translation>Más frecuente</translation>
        </message>
        <message>
            <source>Constant</source>
            <translation>Constante</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Estándar</translation>
        </message>
        <message>
            <source>Min-max</source>
            <translation>Mín-máx</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>One-hot</source>
            <translation>One-hot</translation>
        </message>
        <message>
            <source>Ordinal</source>
            <translation>Ordinal</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Tasa objetivo</translation>
        </message>
        <message>
            <source>Left out of training: text, an ID, constant, too many categories, or ignored by you. Set the role to Feature to force it in.</source>
            <translation>Excluida del entrenamiento: texto, un ID, constante, demasiadas categorías o ignorada por usted. Ponga el rol en Variable para incluirla.</translation>
        </message>
        <message>
            <source>Constant %1</source>
            <translation>Constante %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>customer ID</source>
            <translation>ID de cliente</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>excluida</translation>
        </message>
        <message numerus="yes">
            <source>%n feature(s)</source>
            <translation>
                <numerusform>%n variable</numerusform>
                <numerusform>%n variables</numerusform>
            </translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>imputation</source>
            <translation>imputación</translation>
        </message>
        <message>
            <source>scaling</source>
            <translation>escalado</translation>
        </message>
        <message>
            <source>encoding</source>
            <translation>codificación</translation>
        </message>
        <message>
            <source>bins</source>
            <translation>intervalos</translation>
        </message>
        <message>
            <source>missing indicator</source>
            <translation>indicador de faltantes</translation>
        </message>
        <message>
            <source>log transform</source>
            <translation>transformación logarítmica</translation>
        </message>
        <message>
            <source>Change %1 of “%2”</source>
            <translation>Cambiar %1 de «%2»</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Imputation</source>
            <translation>Imputación</translation>
        </message>
        <message>
            <source>Missing flag</source>
            <translation>Marca de faltante</translation>
        </message>
        <message>
            <source>Scaling</source>
            <translation>Escalado</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Bins</source>
            <translation>Intervalos</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>Codificación</translation>
        </message>
        <message>
            <source>In the model</source>
            <translation>En el modelo</translation>
        </message>
        <message>
            <source>What replaces a missing number; fitted on the training rows only</source>
            <translation>Lo que sustituye a un número faltante; ajustado solo con las filas de entrenamiento</translation>
        </message>
        <message>
            <source>Add a 0/1 feature that marks missing values</source>
            <translation>Añadir una variable 0/1 que marca los valores faltantes</translation>
        </message>
        <message>
            <source>Standard: zero mean, unit variance; Min-max: onto [0, 1]; None: raw values</source>
            <translation>Estándar: media cero, varianza uno; Mín-máx: sobre [0, 1]; Ninguna: valores sin cambiar</translation>
        </message>
        <message>
            <source>Signed log(1 + x), for long-tailed amounts</source>
            <translation>log(1 + x) con signo, para importes de cola larga</translation>
        </message>
        <message>
            <source>Cut into this many equal-frequency bins (0: keep the value)</source>
            <translation>Dividir en tantos intervalos de igual frecuencia (0: conservar el valor)</translation>
        </message>
        <message>
            <source>One-hot: a 0/1 feature per frequent level; Ordinal: levels numbered in natural order; Target: the level's smoothed churn rate, cross-fitted on the training rows</source>
            <translation>One-hot: una variable 0/1 por nivel frecuente; Ordinal: niveles numerados en orden natural; Tasa objetivo: la tasa de abandono suavizada del nivel, con ajuste cruzado en las filas de entrenamiento</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Sensible</translation>
        </message>
        <message>
            <source>sensitive: analysed for fairness</source>
            <translation>sensible: se analiza la equidad</translation>
        </message>
        <message>
            <source>Automatic: ChurnLab decides (IDs, text and constant columns are left out); Feature: always use; Ignored: never use; ID: identifies the customer, never a feature; Sensitive: never a feature, but the fairness view compares its groups and the quality checks look for proxies of it</source>
            <translation>Automático: ChurnLab decide (se excluyen IDs, texto y columnas constantes); Característica: usar siempre; Ignorada: no usar nunca; ID: identifica al cliente, nunca una característica; Sensible: nunca una característica, pero la vista de equidad compara sus grupos y las comprobaciones de calidad buscan sustitutos</translation>
        </message>
        <message>
            <source>Excluded (leakage)</source>
            <translation>Excluida (fuga)</translation>
        </message>
        <message>
            <source>Training leaves it out unless its role is Feature.</source>
            <translation>El entrenamiento la deja fuera salvo que su rol sea Variable.</translation>
        </message>
        <message>
            <source>Training keeps it. Exclude it if it is recorded after the outcome.</source>
            <translation>El entrenamiento la conserva. Exclúyala si se registra después del resultado.</translation>
        </message>
        <message>
            <source>⚠ leaks the outcome (AUC %1)</source>
            <translation>⚠ filtra el resultado (AUC %1)</translation>
        </message>
        <message>
            <source>⚠ suspicious (AUC %1)</source>
            <translation>⚠ sospechosa (AUC %1)</translation>
        </message>
    </context>
    <context>
        <name>FeatureDelegate</name>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
    </context>
    <context>
        <name>FeaturePanel</name>
        <message>
            <source>Choose how each column enters the models. Everything is fitted on the training rows only.</source>
            <translation>Elija cómo entra cada columna en los modelos. Todo se ajusta solo con las filas de entrenamiento.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Reset All</source>
            <translation>Restablecer todo</translation>
        </message>
        <message>
            <source>Undo the last change here (Ctrl+Z)</source>
            <translation>Deshacer el último cambio aquí (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Rehacer (Ctrl+Mayús+Z)</translation>
        </message>
        <message>
            <source>Back to the automatic choices for every column (undoable)</source>
            <translation>Volver a la elección automática en todas las columnas (se puede deshacer)</translation>
        </message>
        <message>
            <source>Reset all columns</source>
            <translation>Restablecer todas las columnas</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <source>Preview: %1 features from %2 columns (%3 left out), fitted on the first %4 rows; the first %5 rows shown.</source>
            <translation>Vista previa: %1 variables de %2 columnas (%3 excluidas), ajustadas con las primeras %4 filas; se muestran las primeras %5 filas.</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Guardar…</translation>
        </message>
        <message>
            <source>Load column choices saved before (JSON)</source>
            <translation>Cargar una elección de columnas guardada antes (JSON)</translation>
        </message>
        <message>
            <source>Save these choices as JSON, for another session or for churnlab-cli train --features</source>
            <translation>Guardar esta elección como JSON, para otra sesión o para churnlab-cli train --features</translation>
        </message>
        <message>
            <source>Save column choices</source>
            <translation>Guardar elección de columnas</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
        <message>
            <source>Open column choices</source>
            <translation>Abrir elección de columnas</translation>
        </message>
        <message>
            <source>Could not open</source>
            <translation>No se pudo abrir</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Exclude All Flagged</source>
            <translation>Excluir todas las marcadas</translation>
        </message>
        <message>
            <source>Give every column the leakage check flagged (leaking or suspicious) the role Excluded (leakage), as one step</source>
            <translation>Dar a cada columna marcada por la comprobación de fugas (con fuga o sospechosa) el rol Excluida (fuga), en un solo paso</translation>
        </message>
        <message>
            <source>Set Role</source>
            <translation>Asignar rol</translation>
        </message>
        <message>
            <source>Give the selected rows one role, as one undoable step (select several with Ctrl or Shift)</source>
            <translation>Dar un rol a las filas seleccionadas, como un paso que se puede deshacer (seleccione varias con Ctrl o Mayús)</translation>
        </message>
        <message>
            <source>Exclude all flagged columns</source>
            <translation>Excluir todas las columnas marcadas</translation>
        </message>
        <message numerus="yes">
            <source>Set the role of %n column(s)</source>
            <translation>
                <numerusform>Asignar el rol de %n columna</numerusform>
                <numerusform>Asignar el rol de %n columnas</numerusform>
            </translation>
        </message>
        <message>
            <source>Exclude leaking columns</source>
            <translation>Excluir columnas con fuga</translation>
        </message>
    </context>
    <context>
        <name>HttpConnection</name>
        <message>
            <source>The server is busy scoring other requests; try again shortly.</source>
            <translation>El servidor está puntuando otras solicitudes; vuelva a intentarlo en breve.</translation>
        </message>
        <message>
            <source>The request did not arrive within the time allowed.</source>
            <translation>La solicitud no llegó en el tiempo permitido.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import %1</source>
            <translation>Importar %1</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Detectar</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Coma ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>Punto y coma ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulador</translation>
        </message>
        <message>
            <source>Pipe ( | )</source>
            <translation>Barra vertical ( | )</translation>
        </message>
        <message>
            <source>The character that separates fields</source>
            <translation>El carácter que separa los campos</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>&amp;Delimitador:</translation>
        </message>
        <message>
            <source>How the file's bytes encode text; detection reads byte order marks and checks UTF-8, else falls back to Windows-1252</source>
            <translation>Cómo codifican texto los bytes del archivo; la detección lee las marcas de orden de bytes y comprueba UTF-8; si no, usa Windows-1252</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Codificación:</translation>
        </message>
        <message>
            <source>First row holds column &amp;names</source>
            <translation>La primera fila contiene los &amp;nombres de columna</translation>
        </message>
        <message>
            <source>Numbers use a decimal &amp;comma (1,5 = 1.5)</source>
            <translation>Los números usan &amp;coma decimal (1,5 = 1.5)</translation>
        </message>
        <message>
            <source>The first %1 rows; the first row sets each column's type</source>
            <translation>Las primeras %1 filas; la primera fila fija el tipo de cada columna</translation>
        </message>
        <message>
            <source>&amp;Load</source>
            <translation>&amp;Cargar</translation>
        </message>
        <message>
            <source>Cannot read this file: %1</source>
            <translation>No se puede leer este archivo: %1</translation>
        </message>
        <message numerus="yes">
            <source>Detected: delimiter %1, encoding %2%3, %n column(s)</source>
            <translation>
                <numerusform>Detectado: delimitador %1, codificación %2%3, %n columna</numerusform>
                <numerusform>Detectado: delimitador %1, codificación %2%3, %n columnas</numerusform>
            </translation>
        </message>
        <message>
            <source> (guessed: the file is not valid UTF-8)</source>
            <translation> (estimada: el archivo no es UTF-8 válido)</translation>
        </message>
        <message>
            <source>The workbook's sheets in order; hidden sheets are marked</source>
            <translation>Las hojas del libro en orden; las ocultas están marcadas</translation>
        </message>
        <message>
            <source>%1 (hidden)</source>
            <translation>%1 (oculta)</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Hoja:</translation>
        </message>
        <message>
            <source>The line that holds the column names; lines above it (a title, a blank line, a “generated on” line) are skipped</source>
            <translation>La línea con los nombres de columna; se omiten las líneas de encima (un título, una línea en blanco, una línea «generado el»)</translation>
        </message>
        <message>
            <source>&amp;Header on line:</source>
            <translation>&amp;Cabecera en la línea:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Rows right below the header to leave out, such as a row that describes each column</source>
            <translation>Filas justo debajo de la cabecera que se omiten, como una fila que describe cada columna</translation>
        </message>
        <message>
            <source>S&amp;kip rows below the header:</source>
            <translation>Omitir &amp;filas bajo la cabecera:</translation>
        </message>
        <message>
            <source>Comma (1,234.50)</source>
            <translation>Coma (1,234.50)</translation>
        </message>
        <message>
            <source>Dot (1.234,50)</source>
            <translation>Punto (1.234,50)</translation>
        </message>
        <message>
            <source>Apostrophe (1'234.50)</source>
            <translation>Apóstrofo (1'234.50)</translation>
        </message>
        <message>
            <source>Off by default: values grouped exactly as numbers are then read as numbers</source>
            <translation>Desactivado por defecto: los valores agrupados exactamente como números se leen entonces como números</translation>
        </message>
        <message>
            <source>&amp;Thousands separator:</source>
            <translation>Separador de &amp;miles:</translation>
        </message>
        <message>
            <source>more, comma-separated: unknown, -</source>
            <translation>más, separados por comas: desconocido, -</translation>
        </message>
        <message>
            <source>Texts that also mean “no value”</source>
            <translation>Textos que también significan «sin valor»</translation>
        </message>
        <message>
            <source>and the &amp;defaults</source>
            <translation>y los valores por &amp;defecto</translation>
        </message>
        <message>
            <source>&amp;Missing values:</source>
            <translation>Valores &amp;ausentes:</translation>
        </message>
        <message>
            <source>S&amp;kip It</source>
            <translation>&amp;Omitirla</translation>
        </message>
        <message numerus="yes">
            <source>The first %n row(s) under the header hold text in %1 columns that otherwise hold numbers: a description of the columns?</source>
            <translation>
                <numerusform>La primera fila bajo la cabecera tiene texto en %1 columnas que por lo demás tienen números: ¿una descripción de las columnas?</numerusform>
                <numerusform>Las primeras %n filas bajo la cabecera tienen texto en %1 columnas que por lo demás tienen números: ¿una descripción de las columnas?</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” × %2</source>
            <translation>«%1» × %2</translation>
        </message>
        <message>
            <source>Read as missing in these rows: %1</source>
            <translation>Leídos como ausentes en estas filas: %1</translation>
        </message>
        <message numerus="yes">
            <source>Sheet “%1”: %n column(s); types come from the cells and their number formats</source>
            <translation>
                <numerusform>Hoja «%1»: %n columna; los tipos vienen de las celdas y sus formatos de número</numerusform>
                <numerusform>Hoja «%1»: %n columnas; los tipos vienen de las celdas y sus formatos de número</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” holds numbers grouped with “%2” as the thousands separator: read them as numbers?</source>
            <translation>«%1» contiene números agrupados con «%2» como separador de miles: ¿leerlos como números?</translation>
        </message>
        <message>
            <source>&amp;Read as Numbers</source>
            <translation>&amp;Leer como números</translation>
        </message>
        <message>
            <source>%1
%2 of %3 missing</source>
            <translation>%1
faltan %2 de %3</translation>
        </message>
    </context>
    <context>
        <name>LeaderboardModel</name>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Training %1 %</source>
            <translation>Entrenando %1 %</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>On the pooled out-of-fold scores; per fold %1 ± %2 over %3 folds</source>
            <translation>Sobre las puntuaciones fuera de pliegue agrupadas; por pliegue %1 ± %2 en %3 pliegues</translation>
        </message>
        <message>
            <source>At threshold %1: %2 true positives, %3 false positives, %4 false negatives, %5 true negatives</source>
            <translation>Con umbral %1: %2 verdaderos positivos, %3 falsos positivos, %4 falsos negativos, %5 verdaderos negativos</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>ROC AUC</source>
            <translation>AUC ROC</translation>
        </message>
        <message>
            <source>PR AUC</source>
            <translation>AUC PR</translation>
        </message>
        <message>
            <source>Log loss</source>
            <translation>Pérdida log</translation>
        </message>
        <message>
            <source>Brier</source>
            <translation>Brier</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Exactitud</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Precisión</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Sensibilidad</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Train s</source>
            <translation>Entreno s</translation>
        </message>
        <message>
            <source>Predict s</source>
            <translation>Predicción s</translation>
        </message>
        <message>
            <source>Area under the ROC curve: how well the model ranks churners above others (1 is perfect, 0.5 is chance)</source>
            <translation>Área bajo la curva ROC: lo bien que el modelo ordena a quienes abandonan por encima del resto (1 es perfecto, 0,5 es azar)</translation>
        </message>
        <message>
            <source>Average precision: the area under the precision-recall curve; matters when churners are rare</source>
            <translation>Precisión media: el área bajo la curva precisión-sensibilidad; importa cuando el abandono es raro</translation>
        </message>
        <message>
            <source>Mean negative log-likelihood of the test labels; lower is better and rewards honest probabilities</source>
            <translation>Log-verosimilitud negativa media de las etiquetas de prueba; menor es mejor y premia probabilidades honestas</translation>
        </message>
        <message>
            <source>Mean squared error of the predicted probability; lower is better</source>
            <translation>Error cuadrático medio de la probabilidad predicha; menor es mejor</translation>
        </message>
        <message>
            <source>Share of test customers classified correctly at the threshold</source>
            <translation>Proporción de clientes de prueba clasificados correctamente con el umbral</translation>
        </message>
        <message>
            <source>Of the customers flagged at the threshold, the share who churned</source>
            <translation>De los clientes marcados con el umbral, la proporción que abandonó</translation>
        </message>
        <message>
            <source>Of the customers who churned, the share flagged at the threshold</source>
            <translation>De los clientes que abandonaron, la proporción marcada con el umbral</translation>
        </message>
        <message>
            <source>Harmonic mean of precision and recall at the threshold</source>
            <translation>Media armónica de precisión y sensibilidad con el umbral</translation>
        </message>
        <message>
            <source>Seconds to fit the model</source>
            <translation>Segundos para ajustar el modelo</translation>
        </message>
        <message>
            <source>Seconds to score the test set</source>
            <translation>Segundos para puntuar el conjunto de prueba</translation>
        </message>
        <message>
            <source>Trained on columns that may leak the outcome:</source>
            <translation>Entrenado con columnas que pueden filtrar el resultado:</translation>
        </message>
    </context>
    <context>
        <name>LoadController</name>
        <message>
            <source>Opening %1</source>
            <translation>Abriendo %1</translation>
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
            <translation>Filtrar filas (alguna columna contiene…)</translation>
        </message>
        <message>
            <source>Shows only rows in which some value contains this text (Ctrl+F)</source>
            <translation>Muestra solo las filas en las que algún valor contiene este texto (Ctrl+F)</translation>
        </message>
        <message>
            <source>Column profile</source>
            <translation>Perfil de columna</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop loading (Esc)</source>
            <translation>Detener la carga (Esc)</translation>
        </message>
        <message>
            <source>Delimiter %1, %2</source>
            <translation>Delimitador %1, %2</translation>
        </message>
        <message>
            <source>Loaded with warnings</source>
            <translation>Cargado con advertencias</translation>
        </message>
        <message>
            <source>Could not load %1</source>
            <translation>No se pudo cargar %1</translation>
        </message>
        <message>
            <source>Cannot load %1</source>
            <translation>No se puede cargar %1</translation>
        </message>
        <message>
            <source>Loading %1 was cancelled</source>
            <translation>Se canceló la carga de %1</translation>
        </message>
        <message>
            <source>%1 rows × %2 columns</source>
            <translation>%1 filas × %2 columnas</translation>
        </message>
        <message>
            <source>%1 of %2 rows × %3 columns</source>
            <translation>%1 de %2 filas × %3 columnas</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Sin datos</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>Open &amp;Sample Data</source>
            <translation>Abrir datos de &amp;ejemplo</translation>
        </message>
        <message>
            <source>Open the built-in churn dataset (5000 customers)</source>
            <translation>Abrir los datos de abandono integrados (5000 clientes)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Filter Rows</source>
            <translation>&amp;Filtrar filas</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The new language applies when ChurnLab starts next time.</source>
            <translation>El nuevo idioma se aplicará la próxima vez que se inicie ChurnLab.</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Predeterminado del sistema</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About ChurnLab</source>
            <translation>&amp;Acerca de ChurnLab</translation>
        </message>
        <message>
            <source>About ChurnLab</source>
            <translation>Acerca de ChurnLab</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ChurnLab %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for customer-churn prediction: load, explore, model, deploy and monitor.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ChurnLab %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo de escritorio para predecir la pérdida de clientes: cargar, explorar, modelar, desplegar y supervisar.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>Archivo no encontrado</translation>
        </message>
        <message>
            <source>%1 no longer exists.</source>
            <translation>%1 ya no existe.</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Cargando %1…</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Datos de ejemplo</translation>
        </message>
        <message>
            <source>Built-in sample: target “%1”, positive class “%2”</source>
            <translation>Ejemplo integrado: objetivo «%1», clase positiva «%2»</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>%1 — ChurnLab</source>
            <translation>%1 — ChurnLab</translation>
        </message>
        <message>
            <source>loaded in %1 s</source>
            <translation>cargado en %1 s</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Datos</translation>
        </message>
        <message>
            <source>E&amp;xplore</source>
            <translation>E&amp;xplorar</translation>
        </message>
        <message>
            <source>&amp;Quality</source>
            <translation>&amp;Calidad</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Explore</source>
            <translation>Explorar</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Change type of “%1” to %2</source>
            <translation>Cambiar el tipo de «%1» a %2</translation>
        </message>
        <message>
            <source>“%1” is now %2; %3 values did not fit and are missing</source>
            <translation>«%1» es ahora %2; %3 valores no encajaban y ahora faltan</translation>
        </message>
        <message>
            <source>“%1” is now %2</source>
            <translation>«%1» es ahora %2</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Change &amp;type of “%1”</source>
            <translation>Cambiar el &amp;tipo de «%1»</translation>
        </message>
        <message>
            <source>&amp;Plot</source>
            <translation>&amp;Gráfico</translation>
        </message>
        <message>
            <source>Converting “%1”…</source>
            <translation>Convirtiendo «%1»…</translation>
        </message>
        <message>
            <source>Fea&amp;tures</source>
            <translation>Varia&amp;bles</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>&amp;Modelo</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Variables</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>&amp;Export Model…</source>
            <translation>&amp;Exportar modelo…</translation>
        </message>
        <message>
            <source>Save the selected trained model as a verified bundle</source>
            <translation>Guardar el modelo entrenado seleccionado como paquete verificado</translation>
        </message>
        <message>
            <source>S&amp;core a File…</source>
            <translation>&amp;Puntuar un archivo…</translation>
        </message>
        <message>
            <source>Score a CSV file with an exported model</source>
            <translation>Puntuar un archivo CSV con un modelo exportado</translation>
        </message>
        <message>
            <source>&amp;Canvas</source>
            <translation>&amp;Canvas</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open a project or a data file</source>
            <translation>Abrir un proyecto o un archivo de datos</translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation>Canvas</translation>
        </message>
        <message>
            <source>M&amp;onitor</source>
            <translation>M&amp;onitorización</translation>
        </message>
        <message>
            <source>R&amp;uns</source>
            <translation>E&amp;jecuciones</translation>
        </message>
        <message>
            <source>Cannot reopen the run</source>
            <translation>No se puede reabrir la ejecución</translation>
        </message>
        <message>
            <source>Settings of the run are back in the Features and Model tabs.</source>
            <translation>Los ajustes de la ejecución están de vuelta en las pestañas Variables y Modelo.</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>Monitorización</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Ejecuciones</translation>
        </message>
        <message>
            <source>Projects and data (*.churnlab *.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;ChurnLab projects (*.churnlab);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx *.xlsm *.xls);;All files (*)</source>
            <translation>Proyectos y datos (*.churnlab *.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;Proyectos de ChurnLab (*.churnlab);;Archivos CSV (*.csv *.tsv *.txt);;Libros de Excel (*.xlsx *.xlsm *.xls);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Open a project, or a CSV file or Excel workbook with a preview of how it will be read</source>
            <translation>Abrir un proyecto, o un archivo CSV o un libro de Excel con una vista previa de cómo se leerá</translation>
        </message>
        <message>
            <source>Ex&amp;plain</source>
            <translation>Ex&amp;plicar</translation>
        </message>
        <message>
            <source>Fair&amp;ness</source>
            <translation>Equi&amp;dad</translation>
        </message>
        <message>
            <source>Explain</source>
            <translation>Explicar</translation>
        </message>
        <message>
            <source>Fairness</source>
            <translation>Equidad</translation>
        </message>
        <message>
            <source>Workbook, sheet “%1”</source>
            <translation>Libro, hoja «%1»</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Base de datos: %1</translation>
        </message>
        <message>
            <source>Open &amp;Database…</source>
            <translation>Abrir &amp;base de datos…</translation>
        </message>
        <message>
            <source>Read a table or a query from PostgreSQL, MariaDB/MySQL, SQLite or an ODBC data source, with a preview</source>
            <translation>Leer una tabla o una consulta de PostgreSQL, MariaDB/MySQL, SQLite o un origen de datos ODBC, con vista previa</translation>
        </message>
        <message>
            <source>%1: query</source>
            <translation>%1: consulta</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Open the connection again, with its table or query, to preview</source>
            <translation>Abrir de nuevo la conexión, con su tabla o consulta, para la vista previa</translation>
        </message>
        <message>
            <source>Looking up the password of %1 in the keyring…</source>
            <translation>Buscando la contraseña de %1 en el llavero…</translation>
        </message>
        <message>
            <source>Refres&amp;h Data</source>
            <translation>Actuali&amp;zar datos</translation>
        </message>
        <message>
            <source>Read the data's file or query again and keep the analysis; the status bar says what changed</source>
            <translation>Volver a leer el archivo o la consulta de los datos y conservar el análisis; la barra de estado dice qué cambió</translation>
        </message>
        <message>
            <source>Refreshed %1: nothing changed</source>
            <translation>%1 actualizado: nada cambió</translation>
        </message>
        <message>
            <source>Refreshed %1: %2</source>
            <translation>%1 actualizado: %2</translation>
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
            <translation>Precisión-sensibilidad</translation>
        </message>
        <message>
            <source>Gains</source>
            <translation>Ganancia</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>Calibración</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Importancia</translation>
        </message>
        <message>
            <source>Permutation importance on the test set (per column)</source>
            <translation>Importancia por permutación en el conjunto de prueba (por columna)</translation>
        </message>
        <message>
            <source>The model's own measure (coefficients or split gain, per feature)</source>
            <translation>La medida propia del modelo (coeficientes o ganancia de división, por variable)</translation>
        </message>
        <message>
            <source>Mean |SHAP| on test rows (per column)</source>
            <translation>|SHAP| medio en las filas de prueba (por columna)</translation>
        </message>
        <message>
            <source>Permutation importance works for every model alike; the model's own measure shows how it uses each one-hot level</source>
            <translation>La importancia por permutación vale igual para todos los modelos; la medida propia muestra cómo usa cada nivel one-hot</translation>
        </message>
        <message>
            <source>Threshold &amp;&amp; cost</source>
            <translation>Umbral &amp;&amp; coste</translation>
        </message>
        <message>
            <source>Value (ROI)</source>
            <translation>Valor (ROI)</translation>
        </message>
    </context>
    <context>
        <name>ModelCharts</name>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>ROC curve</source>
            <translation>Curva ROC</translation>
        </message>
        <message>
            <source>False positive rate</source>
            <translation>Tasa de falsos positivos</translation>
        </message>
        <message>
            <source>True positive rate (recall)</source>
            <translation>Tasa de verdaderos positivos (sensibilidad)</translation>
        </message>
        <message>
            <source>Precision-recall curve</source>
            <translation>Curva precisión-sensibilidad</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Sensibilidad</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Precisión</translation>
        </message>
        <message>
            <source>Cumulative gains</source>
            <translation>Ganancia acumulada</translation>
        </message>
        <message>
            <source>Share of customers contacted (highest score first)</source>
            <translation>Proporción de clientes contactados (mayor puntuación primero)</translation>
        </message>
        <message>
            <source>Share of churners reached</source>
            <translation>Proporción de abandonos alcanzados</translation>
        </message>
        <message>
            <source>Calibration (reliability)</source>
            <translation>Calibración (fiabilidad)</translation>
        </message>
        <message>
            <source>Mean predicted churn probability</source>
            <translation>Probabilidad media de abandono predicha</translation>
        </message>
        <message>
            <source>Observed churn rate</source>
            <translation>Tasa de abandono observada</translation>
        </message>
        <message>
            <source>Expected cost per customer — %1</source>
            <translation>Coste esperado por cliente — %1</translation>
        </message>
        <message>
            <source>Cost at threshold</source>
            <translation>Coste con el umbral</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <source>Cost per customer</source>
            <translation>Coste por cliente</translation>
        </message>
        <message>
            <source>Chosen threshold</source>
            <translation>Umbral elegido</translation>
        </message>
        <message>
            <source>%1: the model's own importance</source>
            <translation>%1: la importancia propia del modelo</translation>
        </message>
        <message>
            <source>%1: permutation importance (drop in test AUC)</source>
            <translation>%1: importancia por permutación (caída del AUC de prueba)</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Importancia</translation>
        </message>
        <message>
            <source>AUC drop</source>
            <translation>Caída del AUC</translation>
        </message>
        <message>
            <source>Monthly value of acting on %1</source>
            <translation>Valor mensual de actuar según %1</translation>
        </message>
        <message>
            <source>Value at threshold</source>
            <translation>Valor en el umbral</translation>
        </message>
        <message>
            <source>Value per month</source>
            <translation>Valor por mes</translation>
        </message>
    </context>
    <context>
        <name>ModelPanel</name>
        <message>
            <source>%1 training rows, %2 test rows, %3 features.</source>
            <translation>%1 filas de entrenamiento, %2 filas de prueba, %3 variables.</translation>
        </message>
        <message>
            <source>%1-fold cross-validation on %2 rows.</source>
            <translation>Validación cruzada de %1 pliegues sobre %2 filas.</translation>
        </message>
        <message>
            <source>Training cancelled.</source>
            <translation>Entrenamiento cancelado.</translation>
        </message>
        <message numerus="yes">
            <source>Done: %n model(s) trained.</source>
            <translation>
                <numerusform>Hecho: %n modelo entrenado.</numerusform>
                <numerusform>Hecho: %n modelos entrenados.</numerusform>
            </translation>
        </message>
        <message>
            <source>No column has exactly two values to serve as the target.</source>
            <translation>Ninguna columna tiene exactamente dos valores para servir de objetivo.</translation>
        </message>
        <message>
            <source>Tick models and press Train (Ctrl+T).</source>
            <translation>Marque modelos y pulse Entrenar (Ctrl+T).</translation>
        </message>
        <message>
            <source>Preparing features…</source>
            <translation>Preparando variables…</translation>
        </message>
        <message>
            <source>Export Chart…</source>
            <translation>Exportar gráfico…</translation>
        </message>
        <message>
            <source>Save the chart shown as PNG or SVG</source>
            <translation>Guardar el gráfico mostrado como PNG o SVG</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the chart shown to the clipboard (Ctrl+Shift+C)</source>
            <translation>Copiar el gráfico mostrado al portapapeles (Ctrl+Mayús+C)</translation>
        </message>
        <message>
            <source>Export Leaderboard…</source>
            <translation>Exportar clasificación…</translation>
        </message>
        <message>
            <source>Save the leaderboard as CSV, in its sorted order</source>
            <translation>Guardar la clasificación como CSV, en su orden</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Exportar gráfico</translation>
        </message>
        <message>
            <source>PNG images (*.png);;SVG drawings (*.svg)</source>
            <translation>Imágenes PNG (*.png);;Dibujos SVG (*.svg)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <source>Export leaderboard</source>
            <translation>Exportar clasificación</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>No chart is shown.</source>
            <translation>No se muestra ningún gráfico.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Not trained</source>
            <translation>Sin entrenar</translation>
        </message>
        <message>
            <source>Export Model…</source>
            <translation>Exportar modelo…</translation>
        </message>
        <message>
            <source>Export model</source>
            <translation>Exportar modelo</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>Exportando %1…</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exportado a %1.</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>La exportación falló: %1</translation>
        </message>
        <message>
            <source>Save the selected model (or the best) as a verified bundle that churnlab-cli score and churnlab-serve run, or as an ONNX model for other runtimes (Ctrl+E)</source>
            <translation>Guardar el modelo seleccionado (o el mejor) como paquete verificado que ejecutan churnlab-cli score y churnlab-serve, o como modelo ONNX para otros entornos (Ctrl+E)</translation>
        </message>
        <message>
            <source>ChurnLab model bundles (*.clb);;ONNX models (*.onnx)</source>
            <translation>Paquetes de modelo de ChurnLab (*.clb);;Modelos ONNX (*.onnx)</translation>
        </message>
        <message>
            <source>Wait for the current training to finish, or cancel it.</source>
            <translation>Espere a que termine el entrenamiento en curso o cancélelo.</translation>
        </message>
        <message>
            <source>Load data and choose the target first.</source>
            <translation>Cargue primero los datos y elija el objetivo.</translation>
        </message>
        <message>
            <source>AutoML judges settings on the training rows and reports on a holdout or a test file; choose one of those instead of cross-validation.</source>
            <translation>AutoML evalúa ajustes en las filas de entrenamiento e informa sobre un holdout o un archivo de prueba; elija uno de ellos en lugar de validación cruzada.</translation>
        </message>
        <message>
            <source>Choose the test file first.</source>
            <translation>Elija primero el archivo de prueba.</translation>
        </message>
        <message>
            <source>Preparing features for AutoML…</source>
            <translation>Preparando las características para AutoML…</translation>
        </message>
        <message>
            <source>Select models to overlay their curves; the current one drives the importance and threshold views, the exports and the report. Delete removes it from the shelf (Ctrl+Z brings it back)</source>
            <translation>Seleccione modelos para superponer sus curvas; el actual guía la importancia, el umbral, las exportaciones y el informe. Supr lo quita del estante (Ctrl+Z lo recupera)</translation>
        </message>
        <message>
            <source>&amp;Remove Model</source>
            <translation>&amp;Quitar modelo</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message numerus="yes">
            <source>⚠ The models use %n flagged column(s) (%1): check them before trusting the scores.</source>
            <translation>
                <numerusform>⚠ Los modelos usan %n columna marcada (%1): revísela antes de confiar en las puntuaciones.</numerusform>
                <numerusform>⚠ Los modelos usan %n columnas marcadas (%1): revíselas antes de confiar en las puntuaciones.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModelParamsDialog</name>
        <message>
            <source>%1 — hyperparameters</source>
            <translation>%1 — hiperparámetros</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automático</translation>
        </message>
        <message>
            <source>%1
Default: %2; %3</source>
            <translation>%1
Predeterminado: %2; %3</translation>
        </message>
    </context>
    <context>
        <name>MonitorPanel</name>
        <message>
            <source>&amp;Model bundle:</source>
            <translation>Paquete del &amp;modelo:</translation>
        </message>
        <message>
            <source>A bundle exported from the Model tab or by churnlab-cli train --export</source>
            <translation>Un paquete exportado en la pestaña Modelo o con churnlab-cli train --export</translation>
        </message>
        <message>
            <source>ChurnLab bundles (*.clb)</source>
            <translation>Paquetes de ChurnLab (*.clb)</translation>
        </message>
        <message>
            <source>&amp;Current data:</source>
            <translation>Datos &amp;actuales:</translation>
        </message>
        <message>
            <source>New data to compare with the training data: a CSV file, or the request log of churnlab-serve (.jsonl)</source>
            <translation>Datos nuevos que comparar con los de entrenamiento: un archivo CSV o el registro de peticiones de churnlab-serve (.jsonl)</translation>
        </message>
        <message>
            <source>Data or request logs (*.csv *.tsv *.txt *.jsonl *.log);;All files (*)</source>
            <translation>Datos o registros de peticiones (*.csv *.tsv *.txt *.jsonl *.log);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>&amp;Check Drift</source>
            <translation>&amp;Comprobar deriva</translation>
        </message>
        <message>
            <source>Compare every column and the model's scores (Ctrl+D)</source>
            <translation>Comparar cada columna y las puntuaciones del modelo (Ctrl+D)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>One row per column: test, statistic, p-value, PSI, verdict</source>
            <translation>Una fila por columna: prueba, estadístico, valor p, PSI, veredicto</translation>
        </message>
        <message>
            <source>Choose a bundle and current data, then Check Drift.</source>
            <translation>Elija un paquete y datos actuales y pulse Comprobar deriva.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Reference / current</source>
            <translation>Referencia / actual</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <source>Statistic</source>
            <translation>Estadístico</translation>
        </message>
        <message>
            <source>p / threshold</source>
            <translation>p / umbral</translation>
        </message>
        <message>
            <source>PSI</source>
            <translation>PSI</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Importancia</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <source>Export drift</source>
            <translation>Exportar deriva</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Falló la exportación</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>Se canceló la comprobación.</translation>
        </message>
        <message>
            <source>Comparing… (Cancel stops)</source>
            <translation>Comparando… (Cancelar detiene)</translation>
        </message>
        <message>
            <source>%1 current rows against %2 training rows.</source>
            <translation>%1 filas actuales frente a %2 de entrenamiento.</translation>
        </message>
        <message>
            <source>Scores: %1 %2, PSI %3 — %4.</source>
            <translation>Puntuaciones: %1 %2, PSI %3 — %4.</translation>
        </message>
        <message>
            <source>drifted</source>
            <translation>con deriva</translation>
        </message>
        <message>
            <source>no drift</source>
            <translation>sin deriva</translation>
        </message>
        <message>
            <source>Missing columns: %1.</source>
            <translation>Columnas que faltan: %1.</translation>
        </message>
        <message>
            <source>Live ROC AUC %1 (offline %2).</source>
            <translation>ROC AUC en vivo %1 (offline %2).</translation>
        </message>
        <message>
            <source>New categories: %1</source>
            <translation>Categorías nuevas: %1</translation>
        </message>
        <message>
            <source>%1 values outside the training range</source>
            <translation>%1 valores fuera del rango de entrenamiento</translation>
        </message>
        <message>
            <source>Missing rate %1 % → %2 %</source>
            <translation>Tasa de faltantes %1 % → %2 %</translation>
        </message>
        <message>
            <source>Grey: training data; coloured: current data</source>
            <translation>Gris: datos de entrenamiento; en color: datos actuales</translation>
        </message>
        <message>
            <source>≥ %1</source>
            <translation>≥ %1</translation>
        </message>
        <message>
            <source>A distance: drift at or above the threshold</source>
            <translation>Una distancia: deriva a partir del umbral</translation>
        </message>
        <message>
            <source>Drift when p &lt; %1</source>
            <translation>Deriva cuando p &lt; %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Deriva</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>OK, see notes</source>
            <translation>OK, vea las notas</translation>
        </message>
        <message>
            <source>%1: training against current</source>
            <translation>%1: entrenamiento frente a actual</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>Check drift first.</source>
            <translation>Compruebe primero la deriva.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>&amp;Retrain on New Data…</source>
            <translation>&amp;Reentrenar con datos nuevos…</translation>
        </message>
        <message>
            <source>Retrain this model with its exact settings on new labelled data and promote it only if it beats the current one (Ctrl+Shift+T)</source>
            <translation>Reentrenar este modelo con su misma configuración sobre datos nuevos etiquetados y promoverlo solo si supera al actual (Ctrl+Mayús+T)</translation>
        </message>
        <message>
            <source>% of rows</source>
            <translation>% de filas</translation>
        </message>
    </context>
    <context>
        <name>OpenDatabaseDialog</name>
        <message>
            <source>Open Database</source>
            <translation>Abrir base de datos</translation>
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
            <translation>Archivo SQLite</translation>
        </message>
        <message>
            <source>ODBC data source</source>
            <translation>Origen de datos ODBC</translation>
        </message>
        <message>
            <source>PostgreSQL is read through COPY, the fastest route; the others through Qt's SQL drivers</source>
            <translation>PostgreSQL se lee mediante COPY, la vía más rápida; los demás mediante los controladores SQL de Qt</translation>
        </message>
        <message>
            <source>&amp;Driver:</source>
            <translation>&amp;Controlador:</translation>
        </message>
        <message>
            <source>default</source>
            <translation>predeterminado</translation>
        </message>
        <message>
            <source>0 uses the driver's default port</source>
            <translation>0 usa el puerto predeterminado del controlador</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Puerto:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Data&amp;base:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <source>Open a SQLite file</source>
            <translation>Abrir un archivo SQLite</translation>
        </message>
        <message>
            <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
            <translation>Bases de datos SQLite (*.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Empty: CHURNLAB_DB_PASSWORD, or the driver's own store (PGPASSWORD, ~/.pgpass)</source>
            <translation>Vacío: CHURNLAB_DB_PASSWORD, o el almacén propio del controlador (PGPASSWORD, ~/.pgpass)</translation>
        </message>
        <message>
            <source>&amp;Remember in the keyring</source>
            <translation>&amp;Recordar en el llavero</translation>
        </message>
        <message>
            <source>Keep the password in the desktop's keyring for this connection; it is never saved in a project or a setting</source>
            <translation>Guardar la contraseña de esta conexión en el llavero del escritorio; nunca se guarda en un proyecto ni en una preferencia</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Contraseña:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>PostgreSQL's sslmode: require encrypts, verify-full also checks the server's certificate and name</source>
            <translation>sslmode de PostgreSQL: require cifra, verify-full además comprueba el certificado y el nombre del servidor</translation>
        </message>
        <message>
            <source>&amp;TLS:</source>
            <translation>&amp;TLS:</translation>
        </message>
        <message>
            <source>The connection as a URL, without the password; paste one and press Enter to fill the fields</source>
            <translation>La conexión como URL, sin la contraseña; pegue una y pulse Intro para rellenar los campos</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>C&amp;onectar</translation>
        </message>
        <message>
            <source>List the database's tables and views with their row counts</source>
            <translation>Listar las tablas y vistas de la base de datos con su número de filas</translation>
        </message>
        <message>
            <source>UR&amp;L:</source>
            <translation>UR&amp;L:</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Choose a table to read it whole; row counts are the server's estimate (≈)</source>
            <translation>Elija una tabla para leerla entera; los números de filas son la estimación del servidor (≈)</translation>
        </message>
        <message>
            <source>SELECT … FROM … (one statement)</source>
            <translation>SELECT … FROM … (una sola sentencia)</translation>
        </message>
        <message>
            <source>every row</source>
            <translation>todas las filas</translation>
        </message>
        <message>
            <source>Read at most this many rows (a huge result's sample)</source>
            <translation>Leer como máximo estas filas (una muestra de un resultado enorme)</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>Read the first %1 rows (Ctrl+Return)</source>
            <translation>Leer las primeras %1 filas (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Row limit:</source>
            <translation>Límite de filas:</translation>
        </message>
        <message>
            <source>The first %1 rows; the first row sets each column's type, as the server's types suggest</source>
            <translation>Las primeras %1 filas; la primera fila fija el tipo de cada columna, según sugieren los tipos del servidor</translation>
        </message>
        <message>
            <source>&amp;Load</source>
            <translation>&amp;Cargar</translation>
        </message>
        <message>
            <source>/path/to/file.db</source>
            <translation>/ruta/al/archivo.db</translation>
        </message>
        <message>
            <source>a DSN, or Driver={…};Server=…;Database=…</source>
            <translation>un DSN, o Driver={…};Server=…;Database=…</translation>
        </message>
        <message>
            <source>the database's name</source>
            <translation>el nombre de la base de datos</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Conectando con %1…</translation>
        </message>
        <message>
            <source>Reading the first %1 rows…</source>
            <translation>Leyendo las primeras %1 filas…</translation>
        </message>
        <message>
            <source>%1 (view)</source>
            <translation>%1 (vista)</translation>
        </message>
        <message>
            <source>Tables and views: %1</source>
            <translation>Tablas y vistas: %1</translation>
        </message>
        <message>
            <source>Rows shown: %1; the types come from the server's column types</source>
            <translation>Filas mostradas: %1; los tipos vienen de los tipos de columna del servidor</translation>
        </message>
        <message>
            <source>&amp;Random sample</source>
            <translation>&amp;Muestra aleatoria</translation>
        </message>
        <message>
            <source>Draw the limited rows at random (the server orders by random() first) rather than taking the first ones</source>
            <translation>Tomar las filas limitadas al azar (el servidor ordena antes por random()) en lugar de las primeras</translation>
        </message>
    </context>
    <context>
        <name>PathField</name>
        <message>
            <source>Choose the file</source>
            <translation>Elegir el archivo</translation>
        </message>
    </context>
    <context>
        <name>PlotJob</name>
        <message>
            <source>Choose a column.</source>
            <translation>Elija una columna.</translation>
        </message>
        <message>
            <source>There is no column “%1”.</source>
            <translation>No existe la columna «%1».</translation>
        </message>
        <message>
            <source>“%1” is not numeric; choose a number, date or boolean column.</source>
            <translation>«%1» no es numérica; elija una columna de números, fechas o booleanos.</translation>
        </message>
        <message>
            <source>“%1” is free text or an identifier: its values do not form categories to plot.</source>
            <translation>«%1» es texto libre o un identificador: sus valores no forman categorías que representar.</translation>
        </message>
        <message>
            <source>Choose a target column to rank the others by their association with it.</source>
            <translation>Elija una columna objetivo para ordenar las demás según su asociación con ella.</translation>
        </message>
    </context>
    <context>
        <name>ProfilePanel</name>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Faltantes</translation>
        </message>
        <message>
            <source>Distinct</source>
            <translation>Distintos</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Mínimo</translation>
        </message>
        <message>
            <source>25th percentile</source>
            <translation>Percentil 25</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>75th percentile</source>
            <translation>Percentil 75</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <source>Standard deviation</source>
            <translation>Desviación típica</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>The most frequent values of the column</source>
            <translation>Los valores más frecuentes de la columna</translation>
        </message>
        <message>
            <source>No column selected</source>
            <translation>Ninguna columna seleccionada</translation>
        </message>
        <message>
            <source>Every value is different: this looks like an identifier or free text, not a feature to model with.</source>
            <translation>Todos los valores son distintos: parece un identificador o texto libre, no una variable para modelar.</translation>
        </message>
        <message>
            <source>Distribution of %1</source>
            <translation>Distribución de %1</translation>
        </message>
        <message>
            <source>Most frequent values of %1</source>
            <translation>Valores más frecuentes de %1</translation>
        </message>
        <message>
            <source>Plot…</source>
            <translation>Gráfico…</translation>
        </message>
        <message>
            <source>Open this column's chart in Explore, split by the target</source>
            <translation>Abrir el gráfico de esta columna en Explorar, dividido por el objetivo</translation>
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
            <translation>No se pudieron leer los datos del proyecto.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Datos de ejemplo</translation>
        </message>
        <message>
            <source>%1[*] — ChurnLab</source>
            <translation>%1[*] — ChurnLab</translation>
        </message>
        <message>
            <source>Cannot save the project</source>
            <translation>No se puede guardar el proyecto</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Guardar proyecto</translation>
        </message>
        <message>
            <source>ChurnLab projects (*.churnlab)</source>
            <translation>Proyectos de ChurnLab (*.churnlab)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved. Save them first?</source>
            <translation>«%1» tiene cambios sin guardar. ¿Guardarlos primero?</translation>
        </message>
        <message>
            <source>The project's data</source>
            <translation>Los datos del proyecto</translation>
        </message>
        <message>
            <source>Locate the file to open the project with it.</source>
            <translation>Localice el archivo para abrir el proyecto con él.</translation>
        </message>
        <message>
            <source>The models were trained on the file as it was. Use the changed file, or locate the original?</source>
            <translation>Los modelos se entrenaron con el archivo tal como era. ¿Usar el archivo cambiado o localizar el original?</translation>
        </message>
        <message>
            <source>&amp;Locate…</source>
            <translation>&amp;Localizar…</translation>
        </message>
        <message>
            <source>&amp;Use the Changed File</source>
            <translation>&amp;Usar el archivo cambiado</translation>
        </message>
        <message>
            <source>Locate %1</source>
            <translation>Localizar %1</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>No se puede abrir el proyecto</translation>
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation>Recuperar trabajo sin guardar</translation>
        </message>
        <message>
            <source>ChurnLab did not close properly. Unsaved work on “%1” from %2 was kept.</source>
            <translation>ChurnLab no se cerró correctamente. Se conservó el trabajo sin guardar en «%1» de %2.</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Recuperar</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Más tarde</translation>
        </message>
        <message>
            <source>Cannot write the report</source>
            <translation>No se puede escribir el informe</translation>
        </message>
        <message>
            <source>Export canvas</source>
            <translation>Exportar canvas</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;PNG image (*.png)</source>
            <translation>PDF (*.pdf);;Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>Cannot export the canvas</source>
            <translation>No se puede exportar el canvas</translation>
        </message>
    </context>
    <context>
        <name>ProjectMenu</name>
        <message>
            <source>&amp;New Project</source>
            <translation>&amp;Nuevo proyecto</translation>
        </message>
        <message>
            <source>Start an empty project</source>
            <translation>Empezar un proyecto vacío</translation>
        </message>
        <message>
            <source>Recent &amp;Projects</source>
            <translation>&amp;Proyectos recientes</translation>
        </message>
        <message>
            <source>&amp;Save Project</source>
            <translation>&amp;Guardar proyecto</translation>
        </message>
        <message>
            <source>Save the whole analysis in one file</source>
            <translation>Guardar todo el análisis en un archivo</translation>
        </message>
        <message>
            <source>Save Project &amp;As…</source>
            <translation>Guardar proyecto &amp;como…</translation>
        </message>
        <message>
            <source>Save the project under another name</source>
            <translation>Guardar el proyecto con otro nombre</translation>
        </message>
        <message>
            <source>&amp;Close Project</source>
            <translation>&amp;Cerrar proyecto</translation>
        </message>
        <message>
            <source>Close the project (asks to save changes)</source>
            <translation>Cerrar el proyecto (pregunta si guardar los cambios)</translation>
        </message>
        <message>
            <source>Export &amp;Report…</source>
            <translation>Exportar &amp;informe…</translation>
        </message>
        <message>
            <source>Write the project's report as a PDF, with a preview first</source>
            <translation>Escribir el informe del proyecto como PDF, con vista previa antes</translation>
        </message>
        <message>
            <source>Export Ca&amp;nvas…</source>
            <translation>Exportar ca&amp;nvas…</translation>
        </message>
        <message>
            <source>Save the ML Canvas as a one-page PDF or PNG</source>
            <translation>Guardar el ML Canvas como PDF de una página o PNG</translation>
        </message>
    </context>
    <context>
        <name>QualityPanel</name>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Hallazgo</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Sugerencia</translation>
        </message>
        <message>
            <source>Double-click a finding to see its column</source>
            <translation>Haga doble clic en un hallazgo para ver su columna</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Sin datos</translation>
        </message>
        <message>
            <source>Checking the data…</source>
            <translation>Comprobando los datos…</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No se encontraron problemas.</translation>
        </message>
        <message>
            <source>%1 errors, %2 warnings, %3 notes%4</source>
            <translation>%1 errores, %2 advertencias, %3 notas%4</translation>
        </message>
        <message>
            <source> — choose a target in Explore to check it too</source>
            <translation> — elija un objetivo en Explorar para comprobarlo también</translation>
        </message>
        <message>
            <source> — target: %1</source>
            <translation> — objetivo: %1</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <source>%1 (rate above bars)</source>
            <translation>%1 (tasa sobre las barras)</translation>
        </message>
        <message>
            <source>Predicted</source>
            <translation>Predicho</translation>
        </message>
        <message>
            <source>churn</source>
            <translation>baja</translation>
        </message>
        <message>
            <source>stay</source>
            <translation>se queda</translation>
        </message>
        <message>
            <source>Actual churn</source>
            <translation>Baja real</translation>
        </message>
        <message>
            <source>Actual stay</source>
            <translation>Permanencia real</translation>
        </message>
        <message>
            <source>true positives</source>
            <translation>verdaderos positivos</translation>
        </message>
        <message>
            <source>false negatives</source>
            <translation>falsos negativos</translation>
        </message>
        <message>
            <source>false positives</source>
            <translation>falsos positivos</translation>
        </message>
        <message>
            <source>true negatives</source>
            <translation>verdaderos negativos</translation>
        </message>
    </context>
    <context>
        <name>ReportLayout</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>ChurnLab report</source>
            <translation>Informe de ChurnLab</translation>
        </message>
    </context>
    <context>
        <name>ReportPreviewDialog</name>
        <message>
            <source>Report preview — %1</source>
            <translation>Vista previa del informe — %1</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Alejar (Ctrl+-)</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ajustar al ancho</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>Acercar (Ctrl++)</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), A4</source>
            <translation>
                <numerusform>%n página, A4</numerusform>
                <numerusform>%n páginas, A4</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Guardar PDF…</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Guardar informe</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot save the report</source>
            <translation>No se puede guardar el informe</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>%1 — churn model report</source>
            <translation>%1 — informe del modelo de bajas</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>No se puede escribir %1</translation>
        </message>
        <message>
            <source>ML Canvas</source>
            <translation>ML Canvas</translation>
        </message>
        <message>
            <source>Data summary</source>
            <translation>Resumen de los datos</translation>
        </message>
        <message>
            <source>Data quality findings</source>
            <translation>Hallazgos de calidad de datos</translation>
        </message>
        <message>
            <source>Exploration</source>
            <translation>Exploración</translation>
        </message>
        <message>
            <source>Leaderboard</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>Model curves</source>
            <translation>Curvas del modelo</translation>
        </message>
        <message>
            <source>Confusion matrix, cost and ROI</source>
            <translation>Matriz de confusión, coste y ROI</translation>
        </message>
        <message>
            <source>Feature importance</source>
            <translation>Importancia de las variables</translation>
        </message>
        <message>
            <source>Model card</source>
            <translation>Ficha del modelo</translation>
        </message>
        <message>
            <source>Churn analysis</source>
            <translation>Análisis de bajas</translation>
        </message>
        <message>
            <source>Churn model report · %1</source>
            <translation>Informe del modelo de bajas · %1</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Rows × columns</source>
            <translation>Filas × columnas</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>%1 (positive class “%2”)</source>
            <translation>%1 (clase positiva «%2»)</translation>
        </message>
        <message>
            <source>Chosen model</source>
            <translation>Modelo elegido</translation>
        </message>
        <message>
            <source>Test ROC AUC</source>
            <translation>ROC AUC (prueba)</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <source>Expected monthly value</source>
            <translation>Valor mensual esperado</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>Churn rate</source>
            <translation>Tasa de bajas</translation>
        </message>
        <message>
            <source>%1 % (%2 of %3 labelled rows)</source>
            <translation>%1 % (%2 de %3 filas etiquetadas)</translation>
        </message>
        <message>
            <source>The data file was not available when this report was written.</source>
            <translation>El archivo de datos no estaba disponible cuando se escribió este informe.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Faltantes</translation>
        </message>
        <message>
            <source>No problems were found.</source>
            <translation>No se encontraron problemas.</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Hallazgo</translation>
        </message>
        <message>
            <source>How well each column alone separates churners from stayers (ROC AUC of the column as a score; 0.5 is no signal).</source>
            <translation>Qué tan bien cada columna por sí sola separa a quienes se dan de baja de quienes se quedan (ROC AUC de la columna como puntuación; 0,5 es sin señal).</translation>
        </message>
        <message>
            <source>Association with churn (ROC AUC)</source>
            <translation>Asociación con la baja (ROC AUC)</translation>
        </message>
        <message>
            <source>Top drivers, split by churn</source>
            <translation>Principales factores, separados por baja</translation>
        </message>
        <message>
            <source>stayed</source>
            <translation>se quedaron</translation>
        </message>
        <message>
            <source>churned</source>
            <translation>se dieron de baja</translation>
        </message>
        <message>
            <source>No models have been trained yet.</source>
            <translation>Aún no se ha entrenado ningún modelo.</translation>
        </message>
        <message>
            <source>Test-set metrics (%1), best ROC AUC first; accuracy and F1 at threshold %2.</source>
            <translation>Métricas en el conjunto de prueba (%1), mejor ROC AUC primero; exactitud y F1 con umbral %2.</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
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
            <translation>Log loss</translation>
        </message>
        <message>
            <source>Brier</source>
            <translation>Brier</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Exactitud</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Train s</source>
            <translation>Entreno s</translation>
        </message>
        <message>
            <source>%1 on the test set (%2).</source>
            <translation>%1 en el conjunto de prueba (%2).</translation>
        </message>
        <message>
            <source>False positive rate</source>
            <translation>Tasa de falsos positivos</translation>
        </message>
        <message>
            <source>True positive rate</source>
            <translation>Tasa de verdaderos positivos</translation>
        </message>
        <message>
            <source>ROC curve</source>
            <translation>Curva ROC</translation>
        </message>
        <message>
            <source>Share of customers contacted</source>
            <translation>Proporción de clientes contactados</translation>
        </message>
        <message>
            <source>Share of churners reached</source>
            <translation>Proporción de bajas alcanzadas</translation>
        </message>
        <message>
            <source>Cumulative gains</source>
            <translation>Ganancia acumulada</translation>
        </message>
        <message>
            <source>Mean predicted probability</source>
            <translation>Probabilidad media predicha</translation>
        </message>
        <message>
            <source>Observed churn rate</source>
            <translation>Tasa de bajas observada</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>Calibración</translation>
        </message>
        <message>
            <source>Cost of a false positive / false negative</source>
            <translation>Coste de un falso positivo / falso negativo</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Expected cost per customer</source>
            <translation>Coste esperado por cliente</translation>
        </message>
        <message>
            <source>Customers scored per month</source>
            <translation>Clientes puntuados por mes</translation>
        </message>
        <message>
            <source>Cost of a retention offer</source>
            <translation>Coste de una oferta de retención</translation>
        </message>
        <message>
            <source>Offer success rate</source>
            <translation>Tasa de éxito de la oferta</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Value of a retained customer</source>
            <translation>Valor de un cliente retenido</translation>
        </message>
        <message>
            <source>Monthly value at the threshold</source>
            <translation>Valor mensual en el umbral</translation>
        </message>
        <message>
            <source>%1 (%2 contacted, %3 churners kept)</source>
            <translation>%1 (%2 contactados, %3 bajas evitadas)</translation>
        </message>
        <message>
            <source>Contacting nobody</source>
            <translation>No contactar a nadie</translation>
        </message>
        <message>
            <source>Contacting everyone</source>
            <translation>Contactar a todos</translation>
        </message>
        <message>
            <source>Best threshold for value</source>
            <translation>Mejor umbral por valor</translation>
        </message>
        <message>
            <source>%1, worth %2 a month</source>
            <translation>%1, vale %2 al mes</translation>
        </message>
        <message>
            <source>monthly value</source>
            <translation>valor mensual</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Valor mensual</translation>
        </message>
        <message>
            <source>Value of acting on the model, by threshold</source>
            <translation>Valor de actuar según el modelo, por umbral</translation>
        </message>
        <message>
            <source>How much the test ROC AUC of %1 drops when a column is shuffled.</source>
            <translation>Cuánto baja la ROC AUC de prueba de %1 cuando se baraja una columna.</translation>
        </message>
        <message>
            <source>Permutation importance (AUC drop)</source>
            <translation>Importancia por permutación (caída de AUC)</translation>
        </message>
        <message>
            <source>Drift monitoring</source>
            <translation>Monitorización de deriva</translation>
        </message>
        <message>
            <source>%1 current rows from %2 against %3 training rows. %4</source>
            <translation>%1 filas actuales de %2 frente a %3 filas de entrenamiento. %4</translation>
        </message>
        <message>
            <source>Scores: %1 %2, PSI %3 — %4.</source>
            <translation>Puntuaciones: %1 %2, PSI %3 — %4.</translation>
        </message>
        <message>
            <source>drift</source>
            <translation>deriva</translation>
        </message>
        <message>
            <source>no drift</source>
            <translation>sin deriva</translation>
        </message>
        <message>
            <source>Live ROC AUC %1 (offline %2).</source>
            <translation>ROC AUC en producción %1 (offline %2).</translation>
        </message>
        <message>
            <source>Drift</source>
            <translation>Deriva</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <source>Statistic</source>
            <translation>Estadístico</translation>
        </message>
        <message>
            <source>p / threshold</source>
            <translation>p / umbral</translation>
        </message>
        <message>
            <source>PSI</source>
            <translation>PSI</translation>
        </message>
        <message>
            <source>Importance</source>
            <translation>Importancia</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <source>%1 more columns are in the Monitor tab's CSV export.</source>
            <translation>Otras %1 columnas están en la exportación CSV de la pestaña Monitorización.</translation>
        </message>
        <message>
            <source>⚠ Warning: the model uses columns that may leak the outcome, so its scores may be too good to be true.</source>
            <translation>⚠ Aviso: el modelo usa columnas que pueden filtrar el resultado; sus puntuaciones pueden ser demasiado buenas para ser ciertas.</translation>
        </message>
    </context>
    <context>
        <name>RetrainDialog</name>
        <message>
            <source>Retrain on New Data</source>
            <translation>Reentrenar con datos nuevos</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>ChurnLab bundles (*.clb)</source>
            <translation>Paquetes de ChurnLab (*.clb)</translation>
        </message>
        <message>
            <source>The deployed model: its exact settings are retrained</source>
            <translation>El modelo desplegado: se reentrena con su misma configuración</translation>
        </message>
        <message>
            <source>&amp;Champion bundle:</source>
            <translation>Paquete del &amp;campeón:</translation>
        </message>
        <message>
            <source>New labelled data with the champion's columns and target</source>
            <translation>Datos nuevos etiquetados con las columnas y el objetivo del campeón</translation>
        </message>
        <message>
            <source>&amp;New data:</source>
            <translation>Datos &amp;nuevos:</translation>
        </message>
        <message>
            <source>&amp;Append to the old training data</source>
            <translation>&amp;Añadir a los datos de entrenamiento anteriores</translation>
        </message>
        <message>
            <source>Train on the old rows and the new ones; otherwise the new data replaces the old</source>
            <translation>Entrenar con las filas antiguas y las nuevas; si no, los datos nuevos sustituyen a los antiguos</translation>
        </message>
        <message>
            <source>The data the champion was trained on</source>
            <translation>Los datos con los que se entrenó el campeón</translation>
        </message>
        <message>
            <source>&amp;Old data:</source>
            <translation>Datos an&amp;tiguos:</translation>
        </message>
        <message>
            <source>Where a promoted model is written as the next version</source>
            <translation>Dónde se escribe un modelo promovido como la versión siguiente</translation>
        </message>
        <message>
            <source>&amp;Write a promoted model to:</source>
            <translation>&amp;Escribir un modelo promovido en:</translation>
        </message>
        <message>
            <source>Promotion rule</source>
            <translation>Regla de promoción</translation>
        </message>
        <message>
            <source>ROC AUC the challenger must gain over the champion</source>
            <translation>ROC AUC que el aspirante debe ganar frente al campeón</translation>
        </message>
        <message>
            <source>AUC &amp;margin:</source>
            <translation>&amp;Margen de AUC:</translation>
        </message>
        <message>
            <source>Or: expected cost per customer it must save (0: any saving)</source>
            <translation>O bien: coste esperado por cliente que debe ahorrar (0: cualquier ahorro)</translation>
        </message>
        <message>
            <source>or cost &amp;saving above:</source>
            <translation>o a&amp;horro de coste mayor que:</translation>
        </message>
        <message>
            <source>How much worse its calibration error may be</source>
            <translation>Cuánto peor puede ser su error de calibración</translation>
        </message>
        <message>
            <source>Calibration &amp;tolerance:</source>
            <translation>&amp;Tolerancia de calibración:</translation>
        </message>
        <message>
            <source>Share of the new rows held out to judge both models</source>
            <translation>Proporción de filas nuevas reservada para juzgar ambos modelos</translation>
        </message>
        <message>
            <source>&amp;Holdout share:</source>
            <translation>Proporción de &amp;reserva:</translation>
        </message>
        <message>
            <source>&amp;Decide only; write no bundle</source>
            <translation>Solo &amp;decidir; no escribir ningún paquete</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
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
            <translation>Coste esperado</translation>
        </message>
        <message>
            <source>Calibration error</source>
            <translation>Error de calibración</translation>
        </message>
        <message>
            <source>&amp;Retrain</source>
            <translation>&amp;Reentrenar</translation>
        </message>
        <message>
            <source>Retraining… (Esc cancels)</source>
            <translation>Reentrenando… (Esc cancela)</translation>
        </message>
        <message>
            <source>Retraining was cancelled; nothing was written.</source>
            <translation>Se canceló el reentrenamiento; no se escribió nada.</translation>
        </message>
        <message>
            <source>Retraining failed: %1</source>
            <translation>Falló el reentrenamiento: %1</translation>
        </message>
        <message>
            <source>Version %1 was written to %2.</source>
            <translation>La versión %1 se escribió en %2.</translation>
        </message>
        <message>
            <source>Nothing was written (decide only).</source>
            <translation>No se escribió nada (solo decidir).</translation>
        </message>
        <message>
            <source>Champion (version %1)</source>
            <translation>Campeón (versión %1)</translation>
        </message>
        <message>
            <source>Challenger (version %1)</source>
            <translation>Aspirante (versión %1)</translation>
        </message>
        <message>
            <source>Both judged on %1 held-out new customers; the challenger was trained on %2.</source>
            <translation>Ambos juzgados con %1 clientes nuevos reservados; el aspirante se entrenó con %2.</translation>
        </message>
        <message>
            <source>Both judged at the champion's threshold %1 (costs %2 per false positive, %3 per false negative).</source>
            <translation>Ambos juzgados con el umbral del campeón %1 (costes %2 por falso positivo, %3 por falso negativo).</translation>
        </message>
        <message>
            <source>&amp;Overwrite the champion (a server watching it reloads)</source>
            <translation>&amp;Sobrescribir el campeón (un servidor que lo vigila lo recarga)</translation>
        </message>
        <message>
            <source>Otherwise a promoted model is written beside the champion, and the champion's file stays as it is</source>
            <translation>Si no, un modelo promovido se escribe junto al campeón, y el archivo del campeón queda como está</translation>
        </message>
        <message>
            <source>over the champion</source>
            <translation>sobre el campeón</translation>
        </message>
        <message>
            <source>beside the champion</source>
            <translation>junto al campeón</translation>
        </message>
        <message>
            <source>beside the champion: %1</source>
            <translation>junto al campeón: %1</translation>
        </message>
    </context>
    <context>
        <name>RoiPanel</name>
        <message>
            <source>Retention campaign</source>
            <translation>Campaña de retención</translation>
        </message>
        <message>
            <source>How many customers the model scores each month</source>
            <translation>Cuántos clientes puntúa el modelo cada mes</translation>
        </message>
        <message>
            <source>What one retention offer costs (a discount, a call)</source>
            <translation>Lo que cuesta una oferta de retención (un descuento, una llamada)</translation>
        </message>
        <message>
            <source>Of churners who get the offer, the share who stay</source>
            <translation>De quienes se darían de baja y reciben la oferta, la proporción que se queda</translation>
        </message>
        <message>
            <source>What keeping one customer who would have churned is worth</source>
            <translation>Lo que vale retener a un cliente que se habría dado de baja</translation>
        </message>
        <message>
            <source>Customers scored per &amp;month:</source>
            <translation>Clientes puntuados por &amp;mes:</translation>
        </message>
        <message>
            <source>Cost of an &amp;offer:</source>
            <translation>Coste de una &amp;oferta:</translation>
        </message>
        <message>
            <source>Offer &amp;success rate:</source>
            <translation>Tasa de é&amp;xito de la oferta:</translation>
        </message>
        <message>
            <source>&amp;Value of a kept customer:</source>
            <translation>&amp;Valor de un cliente retenido:</translation>
        </message>
        <message>
            <source>Expected value per month (test set)</source>
            <translation>Valor esperado por mes (conjunto de prueba)</translation>
        </message>
        <message>
            <source>Use the &amp;best-value threshold</source>
            <translation>Usar el umbral de &amp;mejor valor</translation>
        </message>
        <message>
            <source>Move the threshold to where the monthly value is highest</source>
            <translation>Mover el umbral adonde el valor mensual es máximo</translation>
        </message>
        <message>
            <source>Train a model to see what acting on it is worth.</source>
            <translation>Entrene un modelo para ver cuánto vale actuar según él.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; a month at threshold %2: %3 customers contacted, %4 churners kept.&lt;/p&gt;&lt;p&gt;Contacting nobody: %5. Contacting everyone: %6.&lt;/p&gt;&lt;p&gt;Best threshold for value: &lt;b&gt;%7&lt;/b&gt;, worth %8 a month.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; al mes con umbral %2: %3 clientes contactados, %4 bajas evitadas.&lt;/p&gt;&lt;p&gt;No contactar a nadie: %5. Contactar a todos: %6.&lt;/p&gt;&lt;p&gt;Mejor umbral por valor: &lt;b&gt;%7&lt;/b&gt;, vale %8 al mes.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>RunsPanel</name>
        <message>
            <source>Filter runs (learner, data, tag…)</source>
            <translation>Filtrar ejecuciones (algoritmo, datos, etiqueta…)</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Read the run store again (F5)</source>
            <translation>Volver a leer el almacén de ejecuciones (F5)</translation>
        </message>
        <message>
            <source>Tag as &amp;Champion</source>
            <translation>Marcar como &amp;campeón</translation>
        </message>
        <message>
            <source>The selected run becomes its experiment's champion</source>
            <translation>La ejecución elegida pasa a ser la campeona de su experimento</translation>
        </message>
        <message>
            <source>Re&amp;open Settings</source>
            <translation>Re&amp;abrir ajustes</translation>
        </message>
        <message>
            <source>Put the selected run's features, validation and learner settings back into the Features and Model tabs</source>
            <translation>Devolver las variables, la validación y los ajustes del algoritmo de la ejecución elegida a las pestañas Variables y Modelo</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Algoritmo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
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
            <translation>Log loss</translation>
        </message>
        <message>
            <source>Train s</source>
            <translation>Entreno s</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>First run</source>
            <translation>Primera ejecución</translation>
        </message>
        <message>
            <source>Second run</source>
            <translation>Segunda ejecución</translation>
        </message>
        <message>
            <source>Select two runs to see what differs between them</source>
            <translation>Elija dos ejecuciones para ver en qué difieren</translation>
        </message>
        <message>
            <source>over time</source>
            <translation>a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Plot the metric over time, or against a hyperparameter</source>
            <translation>Representar la métrica a lo largo del tiempo o frente a un hiperparámetro</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>Run store: %1</source>
            <translation>Almacén de ejecuciones: %1</translation>
        </message>
        <message>
            <source>Tracking is off (CHURNLAB_TRACKING=off).</source>
            <translation>El registro está desactivado (CHURNLAB_TRACKING=off).</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s).</source>
            <translation>
                <numerusform>%n ejecución.</numerusform>
                <numerusform>%n ejecuciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Run %1 is the champion.</source>
            <translation>La ejecución %1 es la campeona.</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Ejecución %1</translation>
        </message>
        <message>
            <source>%1 over time</source>
            <translation>%1 a lo largo del tiempo</translation>
        </message>
        <message>
            <source>%1 against %2</source>
            <translation>%1 frente a %2</translation>
        </message>
        <message>
            <source>This project's runs, or every run in the store (other projects, the command line)</source>
            <translation>Las ejecuciones de este proyecto o todas las del almacén (otros proyectos, la línea de comandos)</translation>
        </message>
        <message>
            <source>All runs</source>
            <translation>Todas las ejecuciones</translation>
        </message>
        <message>
            <source>This project (%1)</source>
            <translation>Este proyecto (%1)</translation>
        </message>
        <message>
            <source>against %1 (%2)</source>
            <translation>frente a %1 (%2)</translation>
        </message>
        <message>
            <source>Setting: %1</source>
            <translation>Ajuste: %1</translation>
        </message>
    </context>
    <context>
        <name>ScoreFileDialog</name>
        <message>
            <source>Score a File</source>
            <translation>Puntuar un archivo</translation>
        </message>
        <message>
            <source>&amp;Model bundle:</source>
            <translation>Paquete de &amp;modelo:</translation>
        </message>
        <message>
            <source>A model exported from the Model tab or with churnlab-cli train --export</source>
            <translation>Un modelo exportado desde la pestaña Modelo o con churnlab-cli train --export</translation>
        </message>
        <message>
            <source>ChurnLab model bundles (*.clb)</source>
            <translation>Paquetes de modelo de ChurnLab (*.clb)</translation>
        </message>
        <message>
            <source>&amp;Data to score:</source>
            <translation>&amp;Datos a puntuar:</translation>
        </message>
        <message>
            <source>A CSV file with the columns the model was trained on</source>
            <translation>Un archivo CSV con las columnas con las que se entrenó el modelo</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>Archivos CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>&amp;Write scores to:</source>
            <translation>&amp;Escribir puntuaciones en:</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>&amp;Strict: refuse values that do not convert and unseen categories</source>
            <translation>&amp;Estricto: rechazar valores que no se convierten y categorías no vistas</translation>
        </message>
        <message>
            <source>Without it they are converted or scored as rare categories, and counted in the summary</source>
            <translation>Sin esta opción se convierten o se puntúan como categorías raras, y se cuentan en el resumen</translation>
        </message>
        <message>
            <source>S&amp;core</source>
            <translation>&amp;Puntuar</translation>
        </message>
        <message>
            <source>Scoring… (Esc cancels)</source>
            <translation>Puntuando… (Esc cancela)</translation>
        </message>
        <message>
            <source>Scoring was cancelled; no output was written.</source>
            <translation>Se canceló la puntuación; no se escribió ninguna salida.</translation>
        </message>
        <message>
            <source>Scoring failed: %1</source>
            <translation>La puntuación falló: %1</translation>
        </message>
        <message>
            <source>Scored %1 rows in %2 s; %3 flagged as likely to churn at the bundle's threshold %4. Written to %5.</source>
            <translation>%1 filas puntuadas en %2 s; %3 marcadas como probables bajas con el umbral del bundle %4. Escrito en %5.</translation>
        </message>
        <message>
            <source>The analysis decides at %1: export the model again to score at it.</source>
            <translation>El análisis decide con %1: exporte el modelo de nuevo para puntuar con él.</translation>
        </message>
        <message>
            <source>One row per input row: ID, churn probability and label. A CSV file, or a database URL (postgresql://…, mysql://…, sqlite:///…, odbc://…) with a table</source>
            <translation>Una fila por fila de entrada: ID, probabilidad de abandono y etiqueta. Un archivo CSV, o una URL de base de datos (postgresql://…, mysql://…, sqlite:///…, odbc://…) con una tabla</translation>
        </message>
        <message>
            <source>e.g. marketing.churn_scores</source>
            <translation>p. ej. marketing.churn_scores</translation>
        </message>
        <message>
            <source>The table the scores go to, written in one transaction: a reader never sees half of it</source>
            <translation>La tabla donde van las puntuaciones, escrita en una transacción: nadie la ve a medias</translation>
        </message>
        <message>
            <source>Replace the table</source>
            <translation>Reemplazar la tabla</translation>
        </message>
        <message>
            <source>Append to the table</source>
            <translation>Añadir a la tabla</translation>
        </message>
        <message>
            <source>&amp;Table:</source>
            <translation>&amp;Tabla:</translation>
        </message>
        <message>
            <source>%1, table %2</source>
            <translation>%1, tabla %2</translation>
        </message>
    </context>
    <context>
        <name>TargetPicker</name>
        <message>
            <source>The value of the target that means “churned”</source>
            <translation>El valor del objetivo que significa «abandonó»</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
    </context>
    <context>
        <name>ThresholdPanel</name>
        <message>
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <source>Customers whose churn probability is at or above the threshold are flagged</source>
            <translation>Se marcan los clientes cuya probabilidad de abandono alcanza o supera el umbral</translation>
        </message>
        <message>
            <source>&amp;Threshold:</source>
            <translation>&amp;Umbral:</translation>
        </message>
        <message>
            <source>Cost of errors</source>
            <translation>Coste de los errores</translation>
        </message>
        <message>
            <source>What flagging a customer who would have stayed costs, e.g. the retention offer</source>
            <translation>Lo que cuesta marcar a un cliente que se habría quedado, p. ej. la oferta de retención</translation>
        </message>
        <message>
            <source>What missing a customer who churns costs, e.g. the margin lost with them</source>
            <translation>Lo que cuesta no detectar a un cliente que abandona, p. ej. el margen que se pierde con él</translation>
        </message>
        <message>
            <source>False &amp;positive:</source>
            <translation>Falso &amp;positivo:</translation>
        </message>
        <message>
            <source>False &amp;negative:</source>
            <translation>Falso &amp;negativo:</translation>
        </message>
        <message>
            <source>Use &amp;minimum-cost threshold</source>
            <translation>Usar el umbral de coste &amp;mínimo</translation>
        </message>
        <message>
            <source>Set the threshold with the least expected cost on the test set</source>
            <translation>Fijar el umbral con el menor coste esperado en el conjunto de prueba</translation>
        </message>
        <message>
            <source>Confusion matrix (test set)</source>
            <translation>Matriz de confusión (conjunto de prueba)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Flagged&lt;/b&gt;</source>
            <translation>&lt;b&gt;Marcados&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not flagged&lt;/b&gt;</source>
            <translation>&lt;b&gt;No marcados&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Churned&lt;/b&gt;</source>
            <translation>&lt;b&gt;Abandonaron&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Stayed&lt;/b&gt;</source>
            <translation>&lt;b&gt;Se quedaron&lt;/b&gt;</translation>
        </message>
        <message>
            <source>True positives: churners flagged</source>
            <translation>Verdaderos positivos: abandonos marcados</translation>
        </message>
        <message>
            <source>False negatives: churners missed</source>
            <translation>Falsos negativos: abandonos no detectados</translation>
        </message>
        <message>
            <source>False positives: flagged but stayed</source>
            <translation>Falsos positivos: marcados pero se quedaron</translation>
        </message>
        <message>
            <source>True negatives: not flagged and stayed</source>
            <translation>Verdaderos negativos: no marcados y se quedaron</translation>
        </message>
        <message>
            <source>Train a model to see its errors at this threshold.</source>
            <translation>Entrene un modelo para ver sus errores con este umbral.</translation>
        </message>
        <message>
            <source>%1 flags %2 of %3 test customers (%4 %); expected cost %5 per customer.</source>
            <translation>%1 marca %2 de %3 clientes de prueba (%4 %); coste esperado %5 por cliente.</translation>
        </message>
        <message>
            <source>Least expected cost: %1 per customer at threshold %2.</source>
            <translation>Menor coste esperado: %1 por cliente con umbral %2.</translation>
        </message>
    </context>
    <context>
        <name>TrainingController</name>
        <message>
            <source>Preparing features…</source>
            <translation>Preparando variables…</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Training…</source>
            <translation>Entrenando…</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Test file %1: %2</source>
            <translation>Archivo de prueba %1: %2</translation>
        </message>
        <message>
            <source>built-in sample</source>
            <translation>ejemplo integrado</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
    </context>
    <context>
        <name>TrainingForm</name>
        <message>
            <source>Training</source>
            <translation>Entrenamiento</translation>
        </message>
        <message>
            <source>The churn column the models learn to predict</source>
            <translation>La columna de abandono que los modelos aprenden a predecir</translation>
        </message>
        <message>
            <source>&amp;Target:</source>
            <translation>&amp;Objetivo:</translation>
        </message>
        <message>
            <source>Churned &amp;is:</source>
            <translation>Abandono &amp;es:</translation>
        </message>
        <message>
            <source>T&amp;rain</source>
            <translation>E&amp;ntrenar</translation>
        </message>
        <message>
            <source>Train the ticked models on worker threads (Ctrl+T)</source>
            <translation>Entrenar los modelos marcados en hilos de trabajo (Ctrl+T)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop the training (Esc)</source>
            <translation>Detener el entrenamiento (Esc)</translation>
        </message>
        <message>
            <source>Auto&amp;ML…</source>
            <translation>Auto&amp;ML…</translation>
        </message>
        <message>
            <source>Search the learners and their settings within a time budget (Ctrl+Shift+A)</source>
            <translation>Buscar los algoritmos y sus ajustes dentro de un presupuesto de tiempo (Ctrl+Mayús+A)</translation>
        </message>
        <message>
            <source>Share of rows held out, stratified by the target, to test the models on; features are fitted on the other rows only</source>
            <translation>Proporción de filas reservadas, estratificadas por el objetivo, para probar los modelos; las variables se ajustan solo con las demás filas</translation>
        </message>
        <message>
            <source>Holdout</source>
            <translation>Reserva</translation>
        </message>
        <message>
            <source>Cross-validation</source>
            <translation>Validación cruzada</translation>
        </message>
        <message>
            <source>Separate test file</source>
            <translation>Archivo de prueba aparte</translation>
        </message>
        <message>
            <source>Holdout: one stratified test share. Cross-validation: every row is scored once by a model trained on the other folds; slower, and steadier on small files. Separate test file: train on every row here, test on another file with the same columns</source>
            <translation>Holdout: una parte de prueba estratificada. Validación cruzada: cada fila se puntúa una vez con un modelo entrenado en los otros pliegues; más lenta y más estable con archivos pequeños. Archivo de prueba aparte: entrenar con todas las filas de aquí y probar con otro archivo con las mismas columnas</translation>
        </message>
        <message>
            <source>Number of stratified folds</source>
            <translation>Número de pliegues estratificados</translation>
        </message>
        <message>
            <source>The same seed gives the same split and the same models</source>
            <translation>La misma semilla da la misma partición y los mismos modelos</translation>
        </message>
        <message>
            <source>&amp;Validation:</source>
            <translation>&amp;Validación:</translation>
        </message>
        <message>
            <source>Test &amp;share:</source>
            <translation>Parte de &amp;prueba:</translation>
        </message>
        <message>
            <source>&amp;Folds:</source>
            <translation>P&amp;liegues:</translation>
        </message>
        <message>
            <source>S&amp;eed:</source>
            <translation>S&amp;emilla:</translation>
        </message>
        <message>
            <source>Test file (CSV)</source>
            <translation>Archivo de prueba (CSV)</translation>
        </message>
        <message>
            <source>A file with the same columns, read with the data's import options and scored through the model's input checks: a missing column is an error, other types are converted and counted</source>
            <translation>Un archivo con las mismas columnas, leído con las opciones de importación de los datos y puntuado a través de las comprobaciones de entrada del modelo: una columna ausente es un error, otros tipos se convierten y se cuentan</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Choose the test file</source>
            <translation>Elegir el archivo de prueba</translation>
        </message>
        <message>
            <source>Test &amp;file:</source>
            <translation>Archivo de &amp;prueba:</translation>
        </message>
        <message>
            <source>Choose a test file</source>
            <translation>Elegir un archivo de prueba</translation>
        </message>
        <message>
            <source>Data files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;All files (*)</source>
            <translation>Archivos de datos (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Leave out rows whose target is neither class</source>
            <translation>Omitir las filas cuyo objetivo no es ninguna de las dos clases</translation>
        </message>
        <message>
            <source>A few rows with a third target value (a typo, “Unknown”) are left out and counted instead of stopping the training</source>
            <translation>Unas pocas filas con un tercer valor del objetivo (una errata, «Desconocido») se omiten y se cuentan en lugar de detener el entrenamiento</translation>
        </message>
        <message>
            <source>Tick the models to train; double-click one to set its hyperparameters</source>
            <translation>Marque los modelos que entrenar; doble clic en uno para fijar sus hiperparámetros</translation>
        </message>
        <message>
            <source>Models:</source>
            <translation>Modelos:</translation>
        </message>
        <message>
            <source>&amp;Hyperparameters…</source>
            <translation>&amp;Hiperparámetros…</translation>
        </message>
        <message>
            <source>Change the hyperparameters of the highlighted model</source>
            <translation>Cambiar los hiperparámetros del modelo resaltado</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Training would use %n flagged column(s): %1. They may leak the outcome. &lt;a href="exclude"&gt;Exclude them&lt;/a&gt;</source>
            <translation>
                <numerusform>⚠ El entrenamiento usaría %n columna marcada: %1. Puede filtrar el resultado. &lt;a href="exclude"&gt;Excluirla&lt;/a&gt;</numerusform>
                <numerusform>⚠ El entrenamiento usaría %n columnas marcadas: %1. Pueden filtrar el resultado. &lt;a href="exclude"&gt;Excluirlas&lt;/a&gt;</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TypedPreviewTable</name>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Detected: %1. Choose another type to override it.</source>
            <translation>Detectado: %1. Elija otro tipo para sustituirlo.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::AutoMlSearch</name>
        <message>
            <source>Trial %1: %2</source>
            <translation>Prueba %1: %2</translation>
        </message>
        <message>
            <source>AutoML needs a prepared holdout or test-file session; cross-validation is not supported for the search.</source>
            <translation>AutoML necesita una sesión preparada con holdout o archivo de prueba; la validación cruzada no se admite para la búsqueda.</translation>
        </message>
        <message>
            <source>No trial finished within the budget; give it more time.</source>
            <translation>Ninguna prueba terminó dentro del presupuesto; dele más tiempo.</translation>
        </message>
        <message>
            <source>Training the best model on all training rows…</source>
            <translation>Entrenando el mejor modelo con todas las filas de entrenamiento…</translation>
        </message>
        <message>
            <source>AutoML: %1</source>
            <translation>AutoML: %1</translation>
        </message>
        <message>
            <source>Training the ensemble on all training rows…</source>
            <translation>Entrenando el ensemble con todas las filas de entrenamiento…</translation>
        </message>
        <message>
            <source>AutoML: ensemble of %1</source>
            <translation>AutoML: ensemble de %1</translation>
        </message>
        <message>
            <source>The ensemble was not trained: it would have run past the time budget.</source>
            <translation>El ensamble no se entrenó: habría superado el presupuesto de tiempo.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::AutoMlSpec</name>
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
            <translation>Log loss</translation>
        </message>
        <message>
            <source>Expected cost</source>
            <translation>Coste esperado</translation>
        </message>
        <message>
            <source>The time budget must lie between 1 second and a day.</source>
            <translation>El presupuesto de tiempo debe estar entre 1 segundo y un día.</translation>
        </message>
        <message>
            <source>The number of trials cannot be negative.</source>
            <translation>El número de pruebas no puede ser negativo.</translation>
        </message>
        <message>
            <source>AutoML has no search space for “%1”; it searches %2.</source>
            <translation>AutoML no tiene espacio de búsqueda para «%1»; busca en %2.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::BatchScorer</name>
        <message>
            <source>Row %1, column “%2”: “%3” is not %4 (--strict).</source>
            <translation>Fila %1, columna «%2»: «%3» no es %4 (--strict).</translation>
        </message>
        <message>
            <source>Row %1, column “%2”: the category “%3” was not seen in training (--strict).</source>
            <translation>Fila %1, columna «%2»: la categoría «%3» no apareció en el entrenamiento (--strict).</translation>
        </message>
        <message>
            <source>The shard must be i/N with 0 ≤ i &lt; N.</source>
            <translation>La parte debe ser i/N con 0 ≤ i &lt; N.</translation>
        </message>
        <message>
            <source>--keep names “%1”, which the input does not have.</source>
            <translation>--keep nombra «%1», que la entrada no tiene.</translation>
        </message>
        <message>
            <source>Scoring was cancelled.</source>
            <translation>Se canceló la puntuación.</translation>
        </message>
        <message>
            <source>Scoring…</source>
            <translation>Puntuando…</translation>
        </message>
    </context>
    <context>
        <name>churnlab::BinaryArrays</name>
        <message>
            <source>unknown type “%1”</source>
            <translation>tipo desconocido «%1»</translation>
        </message>
        <message>
            <source>points outside the binary data</source>
            <translation>apunta fuera de los datos binarios</translation>
        </message>
        <message>
            <source>holds a value that is not a number</source>
            <translation>contiene un valor que no es un número</translation>
        </message>
        <message>
            <source>%1: field “%2”: %3</source>
            <translation>%1: campo «%2»: %3</translation>
        </message>
        <message>
            <source>its offset %1 is not 8-byte aligned</source>
            <translation>su desplazamiento %1 no está alineado a 8 bytes</translation>
        </message>
        <message>
            <source>%1: field “%2”: overlaps the bytes of field “%3”</source>
            <translation>%1: campo «%2»: se solapa con los bytes del campo «%3»</translation>
        </message>
    </context>
    <context>
        <name>churnlab::BinaryTarget</name>
        <message>
            <source>There is no column “%1”.</source>
            <translation>No existe la columna «%1».</translation>
        </message>
        <message>
            <source>The target “%1” has no value “%2”; its values are %3.</source>
            <translation>El objetivo «%1» no tiene el valor «%2»; sus valores son %3.</translation>
        </message>
        <message>
            <source>The target “%1” must have two values (such as Yes and No); it has many, e.g. %2.</source>
            <translation>El objetivo «%1» debe tener dos valores (como Sí y No); tiene muchos, p. ej. %2.</translation>
        </message>
        <message>
            <source>The target “%1” must have two values (such as Yes and No); it has %2: %3.</source>
            <translation>El objetivo «%1» debe tener dos valores (como Sí y No); tiene %2: %3.</translation>
        </message>
        <message numerus="yes">
            <source>The target “%1” has %n row(s) whose value is neither %2 nor %3 (“%4” first in data row %5). Leave them out (the Model tab's checkbox, or --drop-other-target-values), or correct the file.</source>
            <translation>
                <numerusform>El objetivo «%1» tiene %n fila(s) cuyo valor no es ni %2 ni %3 («%4» primero en la fila de datos %5). Omítalas (la casilla de la pestaña Modelo o --drop-other-target-values) o corrija el archivo.</numerusform>
                <numerusform>El objetivo «%1» tiene %n fila(s) cuyo valor no es ni %2 ni %3 («%4» primero en la fila de datos %5). Omítalas (la casilla de la pestaña Modelo o --drop-other-target-values) o corrija el archivo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with a missing %1 left out.</source>
            <translation>
                <numerusform>%n fila sin %1 omitida.</numerusform>
                <numerusform>%n filas sin %1 omitidas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) whose %1 is neither %2 nor %3 left out (%4; first in data row %5).</source>
            <translation>
                <numerusform>%n fila cuyo %1 no es ni %2 ni %3 omitida (%4; primero en la fila de datos %5).</numerusform>
                <numerusform>%n filas cuyo %1 no es ni %2 ni %3 omitidas (%4; primero en la fila de datos %5).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>churnlab::BoxPlotStats</name>
        <message>
            <source>All rows</source>
            <translation>Todas las filas</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Bundle</name>
        <message>
            <source>The model has not been trained.</source>
            <translation>El modelo no se ha entrenado.</translation>
        </message>
        <message>
            <source>Cannot build the bundle archive.</source>
            <translation>No se puede crear el archivo del paquete.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>%1 is larger than any bundle (%2 bytes).</source>
            <translation>%1 es mayor que cualquier paquete (%2 bytes).</translation>
        </message>
        <message>
            <source>an unsafe member name is refused</source>
            <translation>se rechaza un nombre de miembro inseguro</translation>
        </message>
        <message>
            <source>not a member of a ChurnLab bundle</source>
            <translation>no es miembro de un paquete de ChurnLab</translation>
        </message>
        <message>
            <source>The bundle holds a member twice.</source>
            <translation>El paquete contiene un miembro dos veces.</translation>
        </message>
        <message>
            <source>The bundle is not signed, and a trusted key was given.</source>
            <translation>El paquete no está firmado y se indicó una clave de confianza.</translation>
        </message>
        <message>
            <source>the signature does not match the trusted key (a wrong key, or a changed manifest)</source>
            <translation>la firma no coincide con la clave de confianza (clave equivocada o manifiesto modificado)</translation>
        </message>
        <message>
            <source>not listed in the manifest</source>
            <translation>no figura en el manifiesto</translation>
        </message>
        <message>
            <source>lists no checksum for %1</source>
            <translation>no indica suma de comprobación para %1</translation>
        </message>
        <message>
            <source>its SHA-256 differs from the manifest's (changed or damaged)</source>
            <translation>su SHA-256 difiere del del manifiesto (modificado o dañado)</translation>
        </message>
        <message>
            <source>its required columns (%1) are not the pipeline's inputs (%2)</source>
            <translation>sus columnas obligatorias (%1) no son las entradas del canal (%2)</translation>
        </message>
        <message>
            <source>it takes %1 features; the pipeline makes %2</source>
            <translation>espera %1 variables; el canal produce %2</translation>
        </message>
        <message>
            <source>not a signature (damaged or made up)</source>
            <translation>no es una firma (dañada o inventada)</translation>
        </message>
        <message>
            <source>the signature is broken: it does not match the manifest (the manifest was changed after signing, or the signature damaged)</source>
            <translation>la firma está rota: no coincide con el manifiesto (el manifiesto se cambió después de firmar o la firma está dañada)</translation>
        </message>
        <message>
            <source>unsigned</source>
            <translation>sin firmar</translation>
        </message>
        <message>
            <source>signature present but not checked (no trusted key)</source>
            <translation>firma presente pero no comprobada (sin clave de confianza)</translation>
        </message>
        <message>
            <source>signature present but not checked (no trusted key); intact, names key %1</source>
            <translation>firma presente pero no comprobada (sin clave de confianza); intacta, nombra la clave %1</translation>
        </message>
        <message>
            <source>signed by %1, checked against the trusted key</source>
            <translation>firmado por %1, comprobado con la clave de confianza</translation>
        </message>
        <message>
            <source>Bundle member %1: %2</source>
            <translation>Miembro del paquete %1: %2</translation>
        </message>
        <message>
            <source>not valid JSON (%1 at byte %2)</source>
            <translation>no es JSON válido (%1 en el byte %2)</translation>
        </message>
        <message>
            <source>valid JSON, but not a JSON object</source>
            <translation>JSON válido, pero no un objeto JSON</translation>
        </message>
        <message>
            <source>pooled out-of-fold scores of %1-fold cross-validation</source>
            <translation>puntuaciones fuera de pliegue reunidas de una validación cruzada de %1 pliegues</translation>
        </message>
        <message>
            <source>a separate test file</source>
            <translation>un archivo de prueba aparte</translation>
        </message>
        <message>
            <source>a stratified %1 % holdout</source>
            <translation>un holdout estratificado del %1 %</translation>
        </message>
        <message>
            <source>it has %1 features; the model takes %2</source>
            <translation>tiene %1 características; el modelo toma %2</translation>
        </message>
        <message>
            <source>it lists %1 values for %2 × %3</source>
            <translation>lista %1 valores para %2 × %3</translation>
        </message>
        <message>
            <source>value %1 is not a number</source>
            <translation>el valor %1 no es un número</translation>
        </message>
    </context>
    <context>
        <name>churnlab::BundleChecks</name>
        <message>
            <source>must be 1 to 64 letters, digits, “_”, “.” or “-”, not “%1”</source>
            <translation>debe tener de 1 a 64 letras, dígitos, «_», «.» o «-», no «%1»</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>names an empty class; both classes need a label</source>
            <translation>nombra una clase vacía; ambas clases necesitan una etiqueta</translation>
        </message>
        <message>
            <source>names “%1” as both the positive and the negative class</source>
            <translation>nombra «%1» como clase positiva y negativa a la vez</translation>
        </message>
        <message>
            <source>is “%1”, but model.json holds a “%2” model</source>
            <translation>es «%1», pero model.json contiene un modelo «%2»</translation>
        </message>
        <message>
            <source>is %1, but the model takes %2</source>
            <translation>es %1, pero el modelo recibe %2</translation>
        </message>
        <message>
            <source>metrics.json: more than %1 fields in one object</source>
            <translation>metrics.json: más de %1 campos en un objeto</translation>
        </message>
        <message>
            <source>metrics.json: test: %1</source>
            <translation>metrics.json: test: %1</translation>
        </message>
        <message>
            <source>is “%1”, not kfold, holdout or test_file</source>
            <translation>es «%1», no kfold, holdout ni test_file</translation>
        </message>
        <message>
            <source>metrics.json: split.fold_metrics lists %1 folds</source>
            <translation>metrics.json: split.fold_metrics enumera %1 particiones</translation>
        </message>
        <message>
            <source>too many fields</source>
            <translation>demasiados campos</translation>
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
            <translation>Tarea de predicción</translation>
        </message>
        <message>
            <source>What is predicted, for whom, and when? The target, its positive class, and how often it occurs.</source>
            <translation>¿Qué se predice, para quién y cuándo? El objetivo, su clase positiva y con qué frecuencia ocurre.</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisiones</translation>
        </message>
        <message>
            <source>How predictions become actions: who gets an offer, at which threshold, and what a wrong decision costs.</source>
            <translation>Cómo las predicciones se convierten en acciones: quién recibe una oferta, con qué umbral y cuánto cuesta una decisión equivocada.</translation>
        </message>
        <message>
            <source>Value proposition</source>
            <translation>Propuesta de valor</translation>
        </message>
        <message>
            <source>Who benefits, and how? What is the goal in the business's own terms, and what is it worth?</source>
            <translation>¿Quién se beneficia y cómo? ¿Cuál es el objetivo en términos del negocio y cuánto vale?</translation>
        </message>
        <message>
            <source>Data collection</source>
            <translation>Recogida de datos</translation>
        </message>
        <message>
            <source>How new labelled data is gathered: when churn becomes known, and how often the training set is refreshed.</source>
            <translation>Cómo se reúnen nuevos datos etiquetados: cuándo se conoce la baja y con qué frecuencia se renueva el conjunto de entrenamiento.</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Fuentes de datos</translation>
        </message>
        <message>
            <source>Which systems the data comes from: the files and tables, their size, and who owns them.</source>
            <translation>De qué sistemas vienen los datos: los archivos y tablas, su tamaño y quién es su responsable.</translation>
        </message>
        <message>
            <source>Offline evaluation</source>
            <translation>Evaluación offline</translation>
        </message>
        <message>
            <source>How models are judged before deployment: the metrics, the validation, and the score that is good enough.</source>
            <translation>Cómo se juzgan los modelos antes del despliegue: las métricas, la validación y la puntuación suficiente.</translation>
        </message>
        <message>
            <source>When not to use ML</source>
            <translation>Cuándo no usar ML</translation>
        </message>
        <message>
            <source>Where a simple rule would do, where the model must not decide alone, and which customers it should not be used for.</source>
            <translation>Dónde bastaría una regla sencilla, dónde el modelo no debe decidir solo y para qué clientes no debe usarse.</translation>
        </message>
        <message>
            <source>Building models</source>
            <translation>Construcción de modelos</translation>
        </message>
        <message>
            <source>Which learners are tried, with which settings, how long training takes, and how often models are rebuilt.</source>
            <translation>Qué algoritmos se prueban, con qué ajustes, cuánto dura el entrenamiento y con qué frecuencia se reconstruyen los modelos.</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Variables</translation>
        </message>
        <message>
            <source>The inputs the model sees: which columns, how they are transformed, and which are left out on purpose.</source>
            <translation>Las entradas que ve el modelo: qué columnas, cómo se transforman y cuáles se excluyen a propósito.</translation>
        </message>
        <message>
            <source>Live evaluation and monitoring</source>
            <translation>Evaluación en vivo y monitorización</translation>
        </message>
        <message>
            <source>How the deployed model is watched: drift checks, live metrics once churn is known, and when to retrain.</source>
            <translation>Cómo se vigila el modelo desplegado: comprobaciones de deriva, métricas en vivo cuando se conoce la baja y cuándo reentrenar.</translation>
        </message>
        <message>
            <source>canvas</source>
            <translation>canvas</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CanvasFacts</name>
        <message>
            <source>separate test file</source>
            <translation>archivo de prueba aparte</translation>
        </message>
        <message>
            <source>%1-fold cross-validation</source>
            <translation>validación cruzada de %1 particiones</translation>
        </message>
        <message>
            <source>%1 holdout</source>
            <translation>reserva del %1</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>built-in sample</source>
            <translation>ejemplo integrado</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>binary classification of “%1”</source>
            <translation>clasificación binaria de «%1»</translation>
        </message>
        <message>
            <source>Positive class</source>
            <translation>Clase positiva</translation>
        </message>
        <message>
            <source>Base rate</source>
            <translation>Tasa base</translation>
        </message>
        <message>
            <source>%1 (%2 of %3)</source>
            <translation>%1 (%2 de %3)</translation>
        </message>
        <message>
            <source>Columns used</source>
            <translation>Columnas usadas</translation>
        </message>
        <message>
            <source>Model inputs after encoding</source>
            <translation>Entradas del modelo tras la codificación</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Excluidas</translation>
        </message>
        <message>
            <source>Customer id</source>
            <translation>ID de cliente</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>Validación</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Métricas</translation>
        </message>
        <message>
            <source>ROC AUC, PR AUC, log loss, Brier score</source>
            <translation>ROC AUC, PR AUC, log loss, puntuación de Brier</translation>
        </message>
        <message>
            <source>Chosen model</source>
            <translation>Modelo elegido</translation>
        </message>
        <message>
            <source>Test ROC AUC</source>
            <translation>ROC AUC (prueba)</translation>
        </message>
        <message>
            <source>Test PR AUC</source>
            <translation>PR AUC (prueba)</translation>
        </message>
        <message>
            <source>Test rows</source>
            <translation>Filas de prueba</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <source>Cost of a false positive / negative</source>
            <translation>Coste de un falso positivo / negativo</translation>
        </message>
        <message>
            <source>Expected cost per customer</source>
            <translation>Coste esperado por cliente</translation>
        </message>
        <message>
            <source>Monthly value at the threshold</source>
            <translation>Valor mensual en el umbral</translation>
        </message>
        <message>
            <source>Best threshold for value</source>
            <translation>Mejor umbral por valor</translation>
        </message>
        <message>
            <source>%1 (%2 per month)</source>
            <translation>%1 (%2 al mes)</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Algoritmos</translation>
        </message>
        <message>
            <source>Training time</source>
            <translation>Tiempo de entrenamiento</translation>
        </message>
        <message>
            <source>%1 s in all</source>
            <translation>%1 s en total</translation>
        </message>
        <message>
            <source>Hyperparameters of %1</source>
            <translation>Hiperparámetros de %1</translation>
        </message>
        <message>
            <source>defaults</source>
            <translation>valores por defecto</translation>
        </message>
        <message>
            <source>Drift checks</source>
            <translation>Comprobaciones de deriva</translation>
        </message>
        <message>
            <source>PSI of each of the %1 input columns, their missing rates, and the score distribution</source>
            <translation>PSI de cada una de las %1 columnas de entrada, sus tasas de faltantes y la distribución de puntuaciones</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>the training rows, carried in every exported bundle</source>
            <translation>las filas de entrenamiento, incluidas en cada paquete exportado</translation>
        </message>
        <message>
            <source>Excluded for leakage</source>
            <translation>Excluidas por fuga</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
        <message>
            <source>Query</source>
            <translation>Consulta</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ClassHistogram</name>
        <message>
            <source>Other (%1 levels)</source>
            <translation>Otros (%1 niveles)</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ColumnTypeText</name>
        <message>
            <source>Integer</source>
            <translation>Entero</translation>
        </message>
        <message>
            <source>Real</source>
            <translation>Real</translation>
        </message>
        <message>
            <source>Boolean</source>
            <translation>Booleano</translation>
        </message>
        <message>
            <source>Categorical</source>
            <translation>Categórica</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CrossValidation</name>
        <message>
            <source>Cross-validation needs at least 2 folds.</source>
            <translation>La validación cruzada necesita al menos 2 pliegues.</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Fold %1 of %2: %3</source>
            <translation>Pliegue %1 de %2: %3</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvDialect</name>
        <message>
            <source>comma</source>
            <translation>coma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>punto y coma</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulador</translation>
        </message>
        <message>
            <source>pipe</source>
            <translation>barra vertical</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvParse</name>
        <message>
            <source>Detecting the format</source>
            <translation>Detectando el formato</translation>
        </message>
        <message>
            <source>Building columns</source>
            <translation>Construyendo columnas</translation>
        </message>
        <message>
            <source>The file has no columns.</source>
            <translation>El archivo no tiene columnas.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Reading rows</source>
            <translation>Leyendo filas</translation>
        </message>
        <message>
            <source>Reading mixed columns again</source>
            <translation>Releyendo las columnas mixtas</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvPasses</name>
        <message>
            <source>The file is not valid UTF-8; it was read as Windows-1252. Choose another encoding if the text looks wrong.</source>
            <translation>El archivo no es UTF-8 válido; se leyó como Windows-1252. Elija otra codificación si el texto se ve mal.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) below the header were left out (skip rows).</source>
            <translation>
                <numerusform>Se omitió %n fila bajo la cabecera (omitir filas).</numerusform>
                <numerusform>Se omitieron %n filas bajo la cabecera (omitir filas).</numerusform>
            </translation>
        </message>
        <message>
            <source>Column “%1”: %2 values could not be read as %3 and are treated as missing.</source>
            <translation>Columna «%1»: %2 valores no se pudieron leer como %3 y se tratan como faltantes.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvPreamble</name>
        <message>
            <source>The first line “sep=%1” set the delimiter.</source>
            <translation>La primera línea «sep=%1» fijó el delimitador.</translation>
        </message>
        <message>
            <source>Lines 1–%1 above the header were skipped (--header-row %2).</source>
            <translation>Se omitieron las líneas 1–%1 sobre la cabecera (--header-row %2).</translation>
        </message>
        <message>
            <source>Lines %1–%2 above the header look like a title and were skipped; --header-row %3 keeps this choice, --header-row 1 reads them.</source>
            <translation>Las líneas %1–%2 sobre la cabecera parecen un título y se omitieron; --header-row %3 mantiene esta elección, --header-row 1 las lee.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvReader</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>No se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>The row has %1 fields but the header has %2.</source>
            <translation>La fila tiene %1 campos, pero el encabezado tiene %2.</translation>
        </message>
        <message>
            <source>A quoted field opens on this line and is never closed.</source>
            <translation>Un campo entre comillas se abre en esta línea y nunca se cierra.</translation>
        </message>
        <message>
            <source>Loading was cancelled.</source>
            <translation>Se canceló la carga.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvStreamParse</name>
        <message>
            <source>The source has no columns.</source>
            <translation>La fuente no tiene columnas.</translation>
        </message>
        <message>
            <source>A chunk of the source did not end with a whole record (line %1).</source>
            <translation>Un fragmento de la fuente no terminó con un registro completo (línea %1).</translation>
        </message>
        <message>
            <source>The source sent no rows.</source>
            <translation>La fuente no envió filas.</translation>
        </message>
        <message>
            <source>Column “%1” has dates in more than one order.</source>
            <translation>La columna «%1» tiene fechas en más de un orden.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::CsvWriter</name>
        <message>
            <source>Writing was cancelled.</source>
            <translation>Se canceló la escritura.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DataFingerprint</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>data fingerprint</source>
            <translation>huella de los datos</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DataQuality</name>
        <message>
            <source>%1 of %2 values (%3 %) are missing (empty or blank cells, or tokens such as NA).</source>
            <translation>Faltan %1 de %2 valores (%3 %) (celdas vacías o en blanco, o marcas como NA).</translation>
        </message>
        <message>
            <source>Consider dropping the column, or keep it with a missing-value indicator.</source>
            <translation>Considere eliminar la columna o conservarla con un indicador de valor faltante.</translation>
        </message>
        <message>
            <source>Impute them (median or most frequent) and add a missing-value indicator.</source>
            <translation>Impútelos (mediana o el más frecuente) y añada un indicador de valor faltante.</translation>
        </message>
        <message>
            <source>The column has no values at all.</source>
            <translation>La columna no tiene ningún valor.</translation>
        </message>
        <message>
            <source>Ignore it.</source>
            <translation>Ignórela.</translation>
        </message>
        <message>
            <source>Every value is the same (%1).</source>
            <translation>Todos los valores son iguales (%1).</translation>
        </message>
        <message>
            <source>Ignore it: a constant column cannot explain churn.</source>
            <translation>Ignórela: una columna constante no puede explicar el abandono.</translation>
        </message>
        <message>
            <source>Every value is different (%1 distinct in %2 rows): it looks like an identifier.</source>
            <translation>Todos los valores son distintos (%1 distintos en %2 filas): parece un identificador.</translation>
        </message>
        <message>
            <source>Set its role to ID so that models ignore it.</source>
            <translation>Asígnele el papel de ID para que los modelos la ignoren.</translation>
        </message>
        <message>
            <source>%1 % of the values are “%2”.</source>
            <translation>El %1 % de los valores son «%2».</translation>
        </message>
        <message>
            <source>It carries little information; consider ignoring it.</source>
            <translation>Aporta poca información; considere ignorarla.</translation>
        </message>
        <message>
            <source>%1 distinct categories.</source>
            <translation>%1 categorías distintas.</translation>
        </message>
        <message>
            <source>Group rare levels, use target encoding, or ignore the column.</source>
            <translation>Agrupe los niveles raros, use codificación por objetivo o ignore la columna.</translation>
        </message>
        <message>
            <source>The values are numbers except %1, so the column was read as text.</source>
            <translation>Los valores son números salvo %1, por eso la columna se leyó como texto.</translation>
        </message>
        <message>
            <source>Override its type to Real: the odd values become missing.</source>
            <translation>Cambie su tipo a Real: los valores extraños pasarán a faltantes.</translation>
        </message>
        <message>
            <source>%1 values lie more than 3 interquartile ranges outside the middle half (%2 to %3).</source>
            <translation>%1 valores quedan a más de 3 rangos intercuartílicos fuera de la mitad central (%2 a %3).</translation>
        </message>
        <message>
            <source>Check them; a log transform or clipping tames them for linear models.</source>
            <translation>Revíselos; una transformación logarítmica o un recorte los atenúa para modelos lineales.</translation>
        </message>
        <message>
            <source>%1 rows repeat an earlier row exactly.</source>
            <translation>%1 filas repiten exactamente una fila anterior.</translation>
        </message>
        <message>
            <source>Remove duplicates unless they are real repeated customers.</source>
            <translation>Elimine los duplicados salvo que sean clientes realmente repetidos.</translation>
        </message>
        <message>
            <source>The target has a single class (%1): there is nothing to predict.</source>
            <translation>El objetivo tiene una sola clase (%1): no hay nada que predecir.</translation>
        </message>
        <message>
            <source>Choose another target column or load data with both outcomes.</source>
            <translation>Elija otra columna objetivo o cargue datos con ambos resultados.</translation>
        </message>
        <message>
            <source>Only %1 % of the rows are in the smaller class.</source>
            <translation>Solo el %1 % de las filas está en la clase menor.</translation>
        </message>
        <message>
            <source>Judge models by PR AUC and cost, not accuracy; consider class weights.</source>
            <translation>Juzgue los modelos por PR AUC y coste, no por exactitud; considere pesos de clase.</translation>
        </message>
        <message numerus="yes">
            <source>The first %n data row(s) hold text where %1 columns otherwise hold numbers (e.g. “%2”), so those columns were read as text: a description row under the header?</source>
            <translation>
                <numerusform>La primera fila de datos tiene texto donde %1 columnas por lo demás tienen números (p. ej. «%2»), así que esas columnas se leyeron como texto: ¿una fila de descripción bajo la cabecera?</numerusform>
                <numerusform>Las primeras %n filas de datos tienen texto donde %1 columnas por lo demás tienen números (p. ej. «%2»), así que esas columnas se leyeron como texto: ¿una fila de descripción bajo la cabecera?</numerusform>
            </translation>
        </message>
        <message>
            <source>Skip it: Skip rows %1 in the import preview, or --skip-rows %1 on the command line.</source>
            <translation>Omítala: Omitir filas %1 en la vista previa de importación, o --skip-rows %1 en la línea de órdenes.</translation>
        </message>
        <message>
            <source>Every value is a number grouped with “%1” as the thousands separator (e.g. “%2”), so the column was read as text.</source>
            <translation>Cada valor es un número agrupado con «%1» como separador de miles (p. ej. «%2»), así que la columna se leyó como texto.</translation>
        </message>
        <message>
            <source>Read it as numbers: Thousands separator “%1” in the import preview, or --thousands %1.</source>
            <translation>Léala como números: separador de miles «%1» en la vista previa de importación, o --thousands %1.</translation>
        </message>
        <message>
            <source>Training leaves it out. Make it a Feature only if it is known before the customer churns.</source>
            <translation>El entrenamiento la deja fuera. Hágala Variable solo si se conoce antes de que el cliente se vaya.</translation>
        </message>
        <message>
            <source>Check when it is recorded. If after the outcome, exclude it (Features ▸ Exclude All Flagged).</source>
            <translation>Compruebe cuándo se registra. Si es después del resultado, exclúyala (Variables ▸ Excluir todas las marcadas).</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DataSource</name>
        <message>
            <source>built-in sample</source>
            <translation>ejemplo integrado</translation>
        </message>
        <message>
            <source>%1 is not there any more.</source>
            <translation>%1 ya no está.</translation>
        </message>
        <message>
            <source>%1 has changed: it was %2 bytes and is now %3.</source>
            <translation>%1 ha cambiado: tenía %2 bytes y ahora tiene %3.</translation>
        </message>
        <message>
            <source>%1 has changed since the project was saved (its SHA-256 differs).</source>
            <translation>%1 ha cambiado desde que se guardó el proyecto (su SHA-256 es distinto).</translation>
        </message>
        <message>
            <source>The project has no data yet.</source>
            <translation>El proyecto aún no tiene datos.</translation>
        </message>
        <message>
            <source>import options</source>
            <translation>opciones de importación</translation>
        </message>
        <message>
            <source>must be one ASCII character</source>
            <translation>debe ser un carácter ASCII</translation>
        </message>
        <message>
            <source>“%1” is not an encoding ChurnLab reads</source>
            <translation>«%1» no es una codificación que ChurnLab lea</translation>
        </message>
        <message>
            <source>“%1” is not a column type</source>
            <translation>«%1» no es un tipo de columna</translation>
        </message>
        <message>
            <source>data source</source>
            <translation>fuente de datos</translation>
        </message>
        <message>
            <source>%1 rows, now %2</source>
            <translation>%1 filas, ahora %2</translation>
        </message>
        <message>
            <source>%1 columns, now %2</source>
            <translation>%1 columnas, ahora %2</translation>
        </message>
        <message>
            <source>the same shape, but values differ (the SHA-256 of the rows changed)</source>
            <translation>la misma forma, pero otros valores (el SHA-256 de las filas cambió)</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DatabaseQuery</name>
        <message>
            <source>%1, query</source>
            <translation>%1, consulta</translation>
        </message>
        <message>
            <source>%1, table %2</source>
            <translation>%1, tabla %2</translation>
        </message>
        <message>
            <source>Name either a table or a query to read from %1.</source>
            <translation>Indique una tabla o una consulta para leer de %1.</translation>
        </message>
        <message>
            <source>The query is empty.</source>
            <translation>La consulta está vacía.</translation>
        </message>
        <message>
            <source>database source</source>
            <translation>origen de base de datos</translation>
        </message>
        <message>
            <source>A sample needs a number of rows (--sample-rows N).</source>
            <translation>Una muestra necesita un número de filas (--sample-rows N).</translation>
        </message>
        <message>
            <source>ODBC drivers share no way to draw a random sample: write it into the query (e.g. TABLESAMPLE or ORDER BY random()) and use --limit.</source>
            <translation>Los controladores ODBC no comparten una forma de tomar una muestra aleatoria: escríbala en la consulta (p. ej. TABLESAMPLE u ORDER BY random()) y use --limit.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DatabaseUrl</name>
        <message>
            <source>Unknown database “%1”: use postgresql://, mysql://, sqlite:// or odbc://.</source>
            <translation>Base de datos desconocida «%1»: use postgresql://, mysql://, sqlite:// u odbc://.</translation>
        </message>
        <message>
            <source>“%1” is not a database URL (postgresql://, mysql://, sqlite:// or odbc://).</source>
            <translation>«%1» no es una URL de base de datos (postgresql://, mysql://, sqlite:// u odbc://).</translation>
        </message>
        <message>
            <source>The SQLite URL names no file: sqlite:///path/to/file.db.</source>
            <translation>La URL de SQLite no indica ningún archivo: sqlite:///ruta/al/archivo.db.</translation>
        </message>
        <message>
            <source>The ODBC URL names no data source: odbc://DSN or odbc:Driver={…};Server=…</source>
            <translation>La URL de ODBC no indica ningún origen de datos: odbc://DSN u odbc:Driver={…};Server=…</translation>
        </message>
        <message>
            <source>Cannot read the database URL “%1”: %2</source>
            <translation>No se puede leer la URL de base de datos «%1»: %2</translation>
        </message>
        <message>
            <source>it names no host</source>
            <translation>no indica ningún host</translation>
        </message>
        <message>
            <source>The database URL names no database: %1://host/database.</source>
            <translation>La URL no indica ninguna base de datos: %1://host/basededatos.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DecisionTree</name>
        <message>
            <source>No training rows.</source>
            <translation>No hay filas de entrenamiento.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Se canceló el entrenamiento.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DriftMonitor</name>
        <message>
            <source>KS and Wasserstein on an even sample of %1 rows</source>
            <translation>KS y Wasserstein sobre una muestra uniforme de %1 filas</translation>
        </message>
        <message>
            <source>(other)</source>
            <translation>(otras)</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>%1 holds no scored requests.</source>
            <translation>%1 no contiene peticiones puntuadas.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DriftReference</name>
        <message>
            <source>drift reference</source>
            <translation>referencia de deriva</translation>
        </message>
    </context>
    <context>
        <name>churnlab::DriftReport</name>
        <message>
            <source>The current data lacks %n column(s) the model needs.</source>
            <translation>A los datos actuales les faltan %n columna(s) que el modelo necesita.</translation>
        </message>
        <message>
            <source>No drift: every column and the scores look like the training data.</source>
            <translation>Sin deriva: cada columna y las puntuaciones se parecen a los datos de entrenamiento.</translation>
        </message>
        <message>
            <source>Dataset drift: %n of the columns drifted.</source>
            <translation>Deriva del conjunto de datos: %n de las columnas derivaron.</translation>
        </message>
        <message>
            <source>The model's scores drifted, though no single column did.</source>
            <translation>Las puntuaciones del modelo derivaron, aunque ninguna columna por sí sola.</translation>
        </message>
        <message>
            <source>Drift in %n column(s).</source>
            <translation>Deriva en %n columna(s).</translation>
        </message>
        <message>
            <source>Kolmogorov–Smirnov</source>
            <translation>Kolmogórov–Smirnov</translation>
        </message>
        <message>
            <source>chi-square</source>
            <translation>chi cuadrado</translation>
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
            <translation>pequeño</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>major</source>
            <translation>grande</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Error</name>
        <message>
            <source>Line %1, column %2: %3</source>
            <translation>Línea %1, columna %2: %3</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Línea %1: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::EvaluationRows</name>
        <message numerus="yes">
            <source>%n holdout row(s)</source>
            <translation>
                <numerusform>%n fila de reserva</numerusform>
                <numerusform>%n filas de reserva</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) scored out of fold</source>
            <translation>
                <numerusform>%n fila puntuada fuera del pliegue</numerusform>
                <numerusform>%n filas puntuadas fuera del pliegue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of the test file</source>
            <translation>
                <numerusform>%n fila del archivo de prueba</numerusform>
                <numerusform>%n filas del archivo de prueba</numerusform>
            </translation>
        </message>
        <message>
            <source>rows not recorded</source>
            <translation>filas no registradas</translation>
        </message>
        <message>
            <source>model report: evaluation: %1</source>
            <translation>informe del modelo: evaluación: %1</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>no es un objeto</translation>
        </message>
        <message>
            <source>unknown source “%1”</source>
            <translation>origen desconocido «%1»</translation>
        </message>
        <message>
            <source>data_rows is not a row count</source>
            <translation>data_rows no es un número de filas</translation>
        </message>
        <message>
            <source>row %1 is not a row of the %2 data rows</source>
            <translation>la fila %1 no es una de las %2 filas de datos</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Explainer</name>
        <message>
            <source>The rows have %1 features; the model takes %2.</source>
            <translation>Las filas tienen %1 características; el modelo toma %2.</translation>
        </message>
        <message>
            <source>This model was saved without the background sample its explanations need; train or export it again.</source>
            <translation>Este modelo se guardó sin la muestra de fondo que necesitan sus explicaciones; vuelva a entrenarlo o exportarlo.</translation>
        </message>
        <message>
            <source>exact TreeSHAP</source>
            <translation>TreeSHAP exacto</translation>
        </message>
        <message>
            <source>exact linear contributions</source>
            <translation>contribuciones lineales exactas</translation>
        </message>
        <message>
            <source>sampling Shapley estimate</source>
            <translation>estimación de Shapley por muestreo</translation>
        </message>
        <message>
            <source>log-odds</source>
            <translation>log-odds</translation>
        </message>
        <message>
            <source>probability</source>
            <translation>probabilidad</translation>
        </message>
        <message>
            <source>The explanation was cancelled.</source>
            <translation>Se canceló la explicación.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FairnessAnalysis</name>
        <message>
            <source>The data has no column “%1” to analyse.</source>
            <translation>Los datos no tienen la columna «%1» para analizar.</translation>
        </message>
        <message>
            <source>%1 scores for %2 rows.</source>
            <translation>%1 puntuaciones para %2 filas.</translation>
        </message>
        <message>
            <source>None of the rows has a label; fairness needs the actual outcomes.</source>
            <translation>Ninguna fila tiene etiqueta; la equidad necesita los resultados reales.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FairnessReport</name>
        <message>
            <source>within</source>
            <translation>dentro de</translation>
        </message>
        <message>
            <source>outside</source>
            <translation>fuera de</translation>
        </message>
        <message>
            <source>Demographic parity difference %1 (%2 the band ≤ %3): the flagged shares range over %1.</source>
            <translation>Diferencia de paridad demográfica %1 (%2 la banda ≤ %3): las proporciones señaladas varían en %1.</translation>
        </message>
        <message>
            <source>Demographic parity ratio %1 (%2 the four-fifths band ≥ %3).</source>
            <translation>Razón de paridad demográfica %1 (%2 la banda de los cuatro quintos ≥ %3).</translation>
        </message>
        <message>
            <source>Equalized-odds difference %1 (%2 the band ≤ %3): TPR gap %4, FPR gap %5.</source>
            <translation>Diferencia de equalized odds %1 (%2 la banda ≤ %3): brecha de TPR %4, brecha de FPR %5.</translation>
        </message>
        <message>
            <source>| %1 | Customers | Churn rate | Flagged | TPR | FPR | Precision | AUC | Calibration error |
</source>
            <translation>| %1 | Clientes | Tasa de baja | Señalados | TPR | FPR | Precisión | AUC | Error de calibración |
</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FairnessSettings</name>
        <message>
            <source>fairness settings</source>
            <translation>ajustes de equidad</translation>
        </message>
        <message>
            <source>must be ascending numbers</source>
            <translation>debe contener números ascendentes</translation>
        </message>
        <message>
            <source>gives “%1” a threshold outside 0 to 1</source>
            <translation>da a «%1» un umbral fuera de 0 a 1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FeatureConfig</name>
        <message>
            <source>“%1” must be one of %2</source>
            <translation>«%1» debe ser uno de %2</translation>
        </message>
        <message>
            <source>“bins” must be a whole number from 0 to 255</source>
            <translation>«bins» debe ser un número entero de 0 a 255</translation>
        </message>
        <message>
            <source>column “%1”: %2</source>
            <translation>columna «%1»: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 is not a JSON object (%2 at byte %3)</source>
            <translation>%1 no es un objeto JSON (%2 en el byte %3)</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FeaturePipeline</name>
        <message>
            <source>feature pipeline</source>
            <translation>canal de variables</translation>
        </message>
        <message>
            <source>must be in ascending order</source>
            <translation>debe estar en orden ascendente</translation>
        </message>
        <message>
            <source>must not be empty or zero</source>
            <translation>no debe estar vacío ni ser cero</translation>
        </message>
        <message>
            <source>is not a known encoding</source>
            <translation>no es una codificación conocida</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>no debe estar vacío</translation>
        </message>
        <message>
            <source>names a block that is neither numeric nor categorical</source>
            <translation>nombra un bloque que no es ni numérico ni categórico</translation>
        </message>
        <message>
            <source>does not list every block once</source>
            <translation>no enumera cada bloque una vez</translation>
        </message>
        <message>
            <source>feature pipeline: field “features” does not match the blocks</source>
            <translation>canal de variables: el campo «features» no coincide con los bloques</translation>
        </message>
    </context>
    <context>
        <name>churnlab::FileRowSink</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::GradientBoosting</name>
        <message>
            <source>No training rows.</source>
            <translation>No hay filas de entrenamiento.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Se canceló el entrenamiento.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::HttpRequestParser</name>
        <message>
            <source>The request line and headers exceed %1 bytes.</source>
            <translation>La línea de solicitud y las cabeceras superan %1 bytes.</translation>
        </message>
        <message>
            <source>A header line ends in a bare line feed; HTTP wants CR LF.</source>
            <translation>Una línea de cabecera termina en un salto de línea sin CR; HTTP exige CR LF.</translation>
        </message>
        <message>
            <source>The request line is not “METHOD /path HTTP/1.1”.</source>
            <translation>La línea de solicitud no es «MÉTODO /ruta HTTP/1.1».</translation>
        </message>
        <message>
            <source>HTTP version %1 is not supported; use HTTP/1.1.</source>
            <translation>La versión HTTP %1 no está admitida; use HTTP/1.1.</translation>
        </message>
        <message>
            <source>The request target must be a path starting with “/”.</source>
            <translation>El destino de la solicitud debe ser una ruta que empiece por «/».</translation>
        </message>
        <message>
            <source>The request has more than %1 headers.</source>
            <translation>La solicitud tiene más de %1 cabeceras.</translation>
        </message>
        <message>
            <source>Folded header lines are not accepted (RFC 9112 §5.2).</source>
            <translation>No se aceptan líneas de cabecera plegadas (RFC 9112 §5.2).</translation>
        </message>
        <message>
            <source>A header line is not “Name: value” (no space before the colon).</source>
            <translation>Una línea de cabecera no es «Nombre: valor» (sin espacio antes de los dos puntos).</translation>
        </message>
        <message>
            <source>Header %1 holds a control character.</source>
            <translation>La cabecera %1 contiene un carácter de control.</translation>
        </message>
        <message>
            <source>Content-Length “%1” is not a length.</source>
            <translation>Content-Length «%1» no es una longitud.</translation>
        </message>
        <message>
            <source>The request gives two different Content-Length values.</source>
            <translation>La solicitud da dos valores de Content-Length distintos.</translation>
        </message>
        <message>
            <source>Transfer-Encoding “%1” is not supported; send Content-Length or chunked.</source>
            <translation>Transfer-Encoding «%1» no está admitido; envíe Content-Length o chunked.</translation>
        </message>
        <message>
            <source>The request has two Host headers.</source>
            <translation>La solicitud tiene dos cabeceras Host.</translation>
        </message>
        <message>
            <source>Only “Expect: 100-continue” is understood.</source>
            <translation>Solo se entiende «Expect: 100-continue».</translation>
        </message>
        <message>
            <source>The request has both Transfer-Encoding and Content-Length.</source>
            <translation>La solicitud tiene a la vez Transfer-Encoding y Content-Length.</translation>
        </message>
        <message>
            <source>An HTTP/1.1 request needs a Host header.</source>
            <translation>Una solicitud HTTP/1.1 necesita una cabecera Host.</translation>
        </message>
        <message>
            <source>The body (%1 bytes) is larger than the server accepts (%2 bytes).</source>
            <translation>El cuerpo (%1 bytes) es mayor de lo que acepta el servidor (%2 bytes).</translation>
        </message>
        <message>
            <source>A chunk line of the body is too long.</source>
            <translation>Una línea de fragmento del cuerpo es demasiado larga.</translation>
        </message>
        <message>
            <source>A chunk of the body is longer than its size says.</source>
            <translation>Un fragmento del cuerpo es más largo de lo que indica su tamaño.</translation>
        </message>
        <message>
            <source>A chunk size of the body is not a hexadecimal number.</source>
            <translation>Un tamaño de fragmento del cuerpo no es un número hexadecimal.</translation>
        </message>
        <message>
            <source>The body is larger than the server accepts (%1 bytes).</source>
            <translation>El cuerpo es mayor de lo que acepta el servidor (%1 bytes).</translation>
        </message>
        <message>
            <source>The trailer fields exceed %1 bytes.</source>
            <translation>Los campos finales superan %1 bytes.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::HttpResponse</name>
        <message>
            <source>The body is not valid JSON: %1 at byte %2.</source>
            <translation>El cuerpo no es JSON válido: %1 en el byte %2.</translation>
        </message>
        <message>
            <source>The body must be a JSON object.</source>
            <translation>El cuerpo debe ser un objeto JSON.</translation>
        </message>
        <message>
            <source>%1 does not take %2; use %3.</source>
            <translation>%1 no admite %2; use %3.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::HyperParameter</name>
        <message>
            <source>one of %1</source>
            <translation>uno de %1</translation>
        </message>
        <message>
            <source>a whole number from %1 to %2</source>
            <translation>un número entero de %1 a %2</translation>
        </message>
        <message>
            <source>a number from %1 to %2</source>
            <translation>un número de %1 a %2</translation>
        </message>
        <message>
            <source>Penalty strength (C)</source>
            <translation>Fuerza de la penalización (C)</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>Penalización</translation>
        </message>
        <message>
            <source>L1 share of the penalty</source>
            <translation>Parte L1 de la penalización</translation>
        </message>
        <message>
            <source>Most iterations</source>
            <translation>Máximo de iteraciones</translation>
        </message>
        <message>
            <source>Trees</source>
            <translation>Árboles</translation>
        </message>
        <message>
            <source>Greatest depth</source>
            <translation>Profundidad máxima</translation>
        </message>
        <message>
            <source>Most leaves</source>
            <translation>Máximo de hojas</translation>
        </message>
        <message>
            <source>Fewest rows per leaf</source>
            <translation>Mínimo de filas por hoja</translation>
        </message>
        <message>
            <source>Columns tried per split</source>
            <translation>Columnas probadas por división</translation>
        </message>
        <message>
            <source>Rows per tree (share)</source>
            <translation>Filas por árbol (fracción)</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Tasa de aprendizaje</translation>
        </message>
        <message>
            <source>Rows per round (share)</source>
            <translation>Filas por ronda (fracción)</translation>
        </message>
        <message>
            <source>Columns per round (share)</source>
            <translation>Columnas por ronda (fracción)</translation>
        </message>
        <message>
            <source>L2 penalty on leaves (λ)</source>
            <translation>Penalización L2 de las hojas (λ)</translation>
        </message>
        <message>
            <source>Penalty (α)</source>
            <translation>Penalización (α)</translation>
        </message>
        <message>
            <source>Hidden units</source>
            <translation>Unidades ocultas</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Épocas</translation>
        </message>
        <message>
            <source>Most epochs</source>
            <translation>Máximo de épocas</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Tamaño de lote</translation>
        </message>
        <message>
            <source>Patience (epochs without gain)</source>
            <translation>Paciencia (épocas sin mejora)</translation>
        </message>
        <message>
            <source>Early-stopping share</source>
            <translation>Fracción para parada temprana</translation>
        </message>
        <message>
            <source>Variance smoothing</source>
            <translation>Suavizado de la varianza</translation>
        </message>
    </context>
    <context>
        <name>churnlab::InputSchema</name>
        <message>
            <source>The input has no column “%1”, which the model needs (as %2).</source>
            <translation>La entrada no tiene la columna «%1», que el modelo necesita (como %2).</translation>
        </message>
        <message>
            <source>No record has the field “%1”, which the model needs (as %2).</source>
            <translation>Ningún registro tiene el campo «%1», que el modelo necesita (como %2).</translation>
        </message>
        <message>
            <source>input schema</source>
            <translation>esquema de entrada</translation>
        </message>
        <message>
            <source>is not a column type</source>
            <translation>no es un tipo de columna</translation>
        </message>
    </context>
    <context>
        <name>churnlab::JsonFields</name>
        <message>
            <source>%1: field “%2” %3</source>
            <translation>%1: el campo «%2» %3</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>debe ser un número</translation>
        </message>
        <message>
            <source>must be a number from %1 to %2</source>
            <translation>debe ser un número de %1 a %2</translation>
        </message>
        <message>
            <source>must be a whole number from %1 to %2</source>
            <translation>debe ser un número entero de %1 a %2</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>debe ser texto</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>debe ser un objeto</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>debe ser una lista</translation>
        </message>
        <message>
            <source>has %1 values where %2 are expected</source>
            <translation>tiene %1 valores donde se esperan %2</translation>
        </message>
        <message>
            <source>is “%1”, not “%2”</source>
            <translation>es «%1», no «%2»</translation>
        </message>
        <message>
            <source>%1 has format version %2, made by a newer ChurnLab; this one reads up to version %3.</source>
            <translation>%1 tiene la versión de formato %2, creada por un ChurnLab más reciente; este lee hasta la versión %3.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::LeakageScreen</name>
        <message>
            <source>“%1” has a value only in rows whose outcome is “%2”: it is recorded after the outcome.</source>
            <translation>«%1» solo tiene valor en filas cuyo resultado es «%2»: se registra después del resultado.</translation>
        </message>
        <message>
            <source>“%1” is named like an outcome or a model's output and alone predicts the target strongly (AUC %2).</source>
            <translation>«%1» se llama como un resultado o la salida de un modelo y por sí sola predice el objetivo con fuerza (AUC %2).</translation>
        </message>
        <message>
            <source>“%1” alone separates the target almost perfectly (AUC %2).</source>
            <translation>«%1» por sí sola separa el objetivo casi a la perfección (AUC %2).</translation>
        </message>
        <message>
            <source>“%1” alone predicts the target suspiciously well (AUC %2).</source>
            <translation>«%1» por sí sola predice el objetivo sospechosamente bien (AUC %2).</translation>
        </message>
        <message>
            <source>A leakage finding needs a column, a tier (leak or suspicious), a reason and an AUC.</source>
            <translation>Un hallazgo de fuga necesita una columna, un nivel (leak o suspicious), un motivo y un AUC.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::LogisticRegression</name>
        <message>
            <source>No training rows.</source>
            <translation>No hay filas de entrenamiento.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Se canceló el entrenamiento.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::MlflowAdapter</name>
        <message>
            <source>The CSV body cannot be read: %1</source>
            <translation>No se puede leer el cuerpo CSV: %1</translation>
        </message>
        <message>
            <source>dataframe_split: column “%1” is listed twice.</source>
            <translation>dataframe_split: la columna «%1» aparece dos veces.</translation>
        </message>
        <message>
            <source>dataframe_split: every row of “data” must list one value per column.</source>
            <translation>dataframe_split: cada fila de «data» debe tener un valor por columna.</translation>
        </message>
        <message>
            <source>Expected dataframe_split, dataframe_records or instances (JSON), or a CSV body.</source>
            <translation>Se esperaba dataframe_split, dataframe_records o instances (JSON), o un cuerpo CSV.</translation>
        </message>
        <message>
            <source>%1: every record must be a JSON object.</source>
            <translation>%1: cada registro debe ser un objeto JSON.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::MlflowExport</name>
        <message>
            <source>Cannot create %1.</source>
            <translation>No se puede crear %1.</translation>
        </message>
        <message>
            <source>Cannot copy %1 to %2.</source>
            <translation>No se puede copiar %1 a %2.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Model</name>
        <message>
            <source>gradient boosting</source>
            <translation>potenciación del gradiente</translation>
        </message>
        <message>
            <source>logistic regression</source>
            <translation>regresión logística</translation>
        </message>
        <message>
            <source>naive Bayes</source>
            <translation>Bayes ingenuo</translation>
        </message>
        <message>
            <source>must be positive</source>
            <translation>debe ser positivo</translation>
        </message>
        <message>
            <source>neural network</source>
            <translation>red neuronal</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ModelCard</name>
        <message>
            <source># Model card: %1

</source>
            <translation># Ficha del modelo: %1

</translation>
        </message>
        <message>
            <source>Made by ChurnLab %1 on %2.

</source>
            <translation>Creado por ChurnLab %1 el %2.

</translation>
        </message>
        <message>
            <source>## Intended use

Ranks customers by their probability of churn (%1 = “%2”), so that a retention team can decide whom to contact. It supports a decision; it does not make one about a person on its own.

</source>
            <translation>## Uso previsto

Ordena a los clientes por su probabilidad de abandono (%1 = «%2»), para que un equipo de retención decida a quién contactar. Apoya una decisión; no la toma por sí solo sobre una persona.

</translation>
        </message>
        <message>
            <source>## Data

- File: %1 (%2 bytes, SHA-256 %3)
- %4 rows, %5 columns

</source>
            <translation>## Datos

- Archivo: %1 (%2 bytes, SHA-256 %3)
- %4 filas, %5 columnas

</translation>
        </message>
        <message>
            <source>## Metrics

On %1 (%2 training rows, %3 test rows):

</source>
            <translation>## Métricas

Sobre %1 (%2 filas de entrenamiento, %3 filas de prueba):

</translation>
        </message>
        <message>
            <source>## Threshold and costs

A customer is flagged when the probability is at least %1. A false positive (an offer to a customer who would have stayed) costs %2; a false negative (a churner missed) costs %3.

</source>
            <translation>## Umbral y costes

Se marca a un cliente cuando la probabilidad es al menos %1. Un falso positivo (una oferta a un cliente que se habría quedado) cuesta %2; un falso negativo (un abandono no detectado) cuesta %3.

</translation>
        </message>
        <message>
            <source>## Limits

- The model knows only the customers and the period of its training data; watch it for drift (the bundle carries a reference of the training data).
- Categories it never saw are scored as rare ones; numbers outside the training range are scored as they are. The scorer counts both.
- Metrics come from one split of one file; they move with the data.

</source>
            <translation>## Límites

- El modelo solo conoce a los clientes y el periodo de sus datos de entrenamiento; vigile la deriva (el paquete lleva una referencia de los datos de entrenamiento).
- Las categorías nunca vistas se puntúan como raras; los números fuera del rango de entrenamiento, tal como son. El puntuador cuenta ambos.
- Las métricas vienen de una división de un archivo; cambian con los datos.

</translation>
        </message>
        <message>
            <source>## Warnings from the data checks

</source>
            <translation>## Avisos de las comprobaciones de datos

</translation>
        </message>
        <message>
            <source>None.
</source>
            <translation>Ninguno.
</translation>
        </message>
        <message>
            <source>## Version

Version %1, retrained on new data with the settings of version %2 (made on %3) and promoted over it. %4

</source>
            <translation>## Versión

Versión %1, reentrenada con datos nuevos con la configuración de la versión %2 (creada el %3) y promovida en su lugar. %4

</translation>
        </message>
        <message>
            <source>## Fairness

</source>
            <translation>## Equidad

</translation>
        </message>
        <message>
            <source>No column was marked sensitive, so no groups were compared. Mark one (role Sensitive) to measure how the model treats its groups.

</source>
            <translation>Ninguna columna se marcó como sensible, así que no se compararon grupos. Marque una (rol Sensible) para medir cómo trata el modelo a sus grupos.

</translation>
        </message>
        <message>
            <source>On the test rows, at the threshold. Bands: parity and equalized-odds differences at most 0.1, parity ratio at least 0.8 (the four-fifths rule).

</source>
            <translation>En las filas de prueba, con el umbral. Bandas: diferencias de paridad y de equalized odds como máximo 0,1, razón de paridad al menos 0,8 (la regla de los cuatro quintos).

</translation>
        </message>
        <message>
            <source>- “%1” is a proxy for “%2” (Cramér's V %3).
</source>
            <translation>- «%1» es un sustituto de «%2» (V de Cramér %3).
</translation>
        </message>
        <message>
            <source>- Settings:
</source>
            <translation>- Ajustes:
</translation>
        </message>
        <message>
            <source>## Model

- Learner: %1 (`%2`)
</source>
            <translation>## Modelo

- Algoritmo: %1 (`%2`)
</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ModelCatalog</name>
        <message>
            <source>Logistic regression</source>
            <translation>Regresión logística</translation>
        </message>
        <message>
            <source>A linear model of the log-odds of churn; fast, readable coefficients. Penalty L2, L1 (sparse) or elastic net; C is the inverse penalty strength.</source>
            <translation>Un modelo lineal de los log-odds del abandono; rápido, con coeficientes legibles. Penalización L2, L1 (dispersa) o elastic net; C es la inversa de la fuerza de penalización.</translation>
        </message>
        <message>
            <source>Decision tree</source>
            <translation>Árbol de decisión</translation>
        </message>
        <message>
            <source>One CART tree: a readable set of rules, less accurate than the ensembles.</source>
            <translation>Un árbol CART: un conjunto legible de reglas, menos preciso que los conjuntos.</translation>
        </message>
        <message>
            <source>Random forest</source>
            <translation>Bosque aleatorio</translation>
        </message>
        <message>
            <source>Many deep trees on bootstrap samples, averaged; robust with little tuning.</source>
            <translation>Muchos árboles profundos sobre muestras bootstrap, promediados; robusto con poco ajuste.</translation>
        </message>
        <message>
            <source>Gradient boosting</source>
            <translation>Gradient boosting</translation>
        </message>
        <message>
            <source>Histogram gradient-boosted trees (LightGBM-style) with early stopping; usually the most accurate on tabular churn data.</source>
            <translation>Árboles con gradient boosting por histogramas (estilo LightGBM) con parada temprana; suele ser el más preciso con datos tabulares de abandono.</translation>
        </message>
        <message>
            <source>Naive Bayes</source>
            <translation>Naive Bayes</translation>
        </message>
        <message>
            <source>Gaussian for numbers, categorical for categories; a fast, simple baseline.</source>
            <translation>Gaussiano para números, categórico para categorías; una referencia rápida y sencilla.</translation>
        </message>
        <message>
            <source>Neural network</source>
            <translation>Red neuronal</translation>
        </message>
        <message>
            <source>A small multilayer perceptron (one hidden layer) trained with Adam and early stopping.</source>
            <translation>Un pequeño perceptrón multicapa (una capa oculta) entrenado con Adam y parada temprana.</translation>
        </message>
        <message>
            <source>unknown model “%1”; available: %2</source>
            <translation>modelo desconocido «%1»; disponibles: %2</translation>
        </message>
        <message>
            <source>Deepest level of the tree; 0 for no limit</source>
            <translation>Nivel más profundo del árbol; 0 sin límite</translation>
        </message>
        <message>
            <source>Fewest training rows in a leaf</source>
            <translation>Mínimo de filas de entrenamiento en una hoja</translation>
        </message>
        <message>
            <source>Most boosting rounds; early stopping usually ends sooner</source>
            <translation>Máximo de rondas de potenciación; la parada temprana suele terminar antes</translation>
        </message>
        <message>
            <source>Shrinkage of each tree's contribution</source>
            <translation>Reducción de la contribución de cada árbol</translation>
        </message>
        <message>
            <source>Most leaves per tree (trees grow leaf-wise)</source>
            <translation>Máximo de hojas por árbol (los árboles crecen hoja a hoja)</translation>
        </message>
        <message>
            <source>Deepest level of a tree; 0 for no limit</source>
            <translation>Nivel más profundo de un árbol; 0 sin límite</translation>
        </message>
        <message>
            <source>L2 penalty on leaf values</source>
            <translation>Penalización L2 de los valores de las hojas</translation>
        </message>
        <message>
            <source>Share of rows each round sees</source>
            <translation>Parte de las filas que ve cada ronda</translation>
        </message>
        <message>
            <source>Share of features each round may split on</source>
            <translation>Parte de las variables por las que cada ronda puede dividir</translation>
        </message>
        <message>
            <source>Share of training rows held back for early stopping; 0 runs every round</source>
            <translation>Parte de las filas de entrenamiento reservada para la parada temprana; 0 ejecuta todas las rondas</translation>
        </message>
        <message>
            <source>Rounds without a better validation loss before stopping</source>
            <translation>Rondas sin mejor pérdida de validación antes de parar</translation>
        </message>
        <message>
            <source>Inverse penalty strength, as scikit-learn's C: smaller values shrink the coefficients more</source>
            <translation>Inversa de la intensidad de la penalización, como la C de scikit-learn: valores menores reducen más los coeficientes</translation>
        </message>
        <message>
            <source>l2 keeps every feature; l1 sets weak ones to zero; elasticnet mixes the two</source>
            <translation>l2 conserva todas las variables; l1 pone a cero las débiles; elasticnet mezcla ambas</translation>
        </message>
        <message>
            <source>Elastic net only: the L1 share of the penalty</source>
            <translation>Solo elastic net: la parte L1 de la penalización</translation>
        </message>
        <message>
            <source>Most Newton steps before the solver stops</source>
            <translation>Máximo de pasos de Newton antes de que el solucionador pare</translation>
        </message>
        <message>
            <source>model</source>
            <translation>modelo</translation>
        </message>
        <message>
            <source>model: field “learner”: %1</source>
            <translation>modelo: campo «learner»: %1</translation>
        </message>
        <message>
            <source>model: field “params”: %1</source>
            <translation>modelo: campo «params»: %1</translation>
        </message>
        <message>
            <source>model: field “state”: %1</source>
            <translation>modelo: campo «state»: %1</translation>
        </message>
        <message>
            <source>Laplace smoothing of category counts</source>
            <translation>Suavizado de Laplace de los recuentos de categorías</translation>
        </message>
        <message>
            <source>Share of the largest variance added to every variance, for stability</source>
            <translation>Parte de la mayor varianza que se suma a cada varianza, por estabilidad</translation>
        </message>
        <message>
            <source>Neurons in the hidden layer</source>
            <translation>Neuronas en la capa oculta</translation>
        </message>
        <message>
            <source>Adam's step size</source>
            <translation>Tamaño de paso de Adam</translation>
        </message>
        <message>
            <source>Rows per gradient step</source>
            <translation>Filas por paso de gradiente</translation>
        </message>
        <message>
            <source>Most passes over the training rows; early stopping usually ends sooner</source>
            <translation>Máximo de pasadas por las filas de entrenamiento; la parada temprana suele terminar antes</translation>
        </message>
        <message>
            <source>L2 penalty on the weights, as scikit-learn's alpha</source>
            <translation>Penalización L2 de los pesos, como el alpha de scikit-learn</translation>
        </message>
        <message>
            <source>Share of training rows held back for early stopping</source>
            <translation>Parte de las filas de entrenamiento reservada para la parada temprana</translation>
        </message>
        <message>
            <source>Epochs without a better validation loss before stopping</source>
            <translation>Épocas sin mejor pérdida de validación antes de parar</translation>
        </message>
        <message>
            <source>Number of trees averaged</source>
            <translation>Número de árboles promediados</translation>
        </message>
        <message>
            <source>Features tried at each split; 0 for the square root of their number</source>
            <translation>Variables probadas en cada división; 0 para la raíz cuadrada de su número</translation>
        </message>
        <message>
            <source>Size of each tree's bootstrap sample, as a share of the rows</source>
            <translation>Tamaño de la muestra bootstrap de cada árbol, como parte de las filas</translation>
        </message>
        <message>
            <source>Soft-voting ensemble</source>
            <translation>Ensemble de votación suave</translation>
        </message>
        <message>
            <source>The mean of the probabilities of AutoML's best few models.</source>
            <translation>La media de las probabilidades de los mejores modelos de AutoML.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ModelEvaluation</name>
        <message numerus="yes">
            <source>all %n labelled row(s)</source>
            <translation>
                <numerusform>la %n fila etiquetada</numerusform>
                <numerusform>las %n filas etiquetadas</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no data to judge the model on.</source>
            <translation>No hay datos con los que juzgar el modelo.</translation>
        </message>
        <message>
            <source>%1 was judged on a test file that is not loaded.</source>
            <translation>%1 se juzgó con un archivo de prueba que no está cargado.</translation>
        </message>
        <message>
            <source>%1 was judged on %2 of data with %3 rows; the data now has %4 rows.</source>
            <translation>%1 se juzgó con %2 de datos de %3 filas; los datos tienen ahora %4 filas.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ModelExport</name>
        <message>
            <source>data without a file</source>
            <translation>datos sin archivo</translation>
        </message>
    </context>
    <context>
        <name>churnlab::NaiveBayes</name>
        <message>
            <source>No training rows.</source>
            <translation>No hay filas de entrenamiento.</translation>
        </message>
        <message>
            <source>The training rows hold a single class.</source>
            <translation>Las filas de entrenamiento contienen una sola clase.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::NeuralNetwork</name>
        <message>
            <source>No training rows.</source>
            <translation>No hay filas de entrenamiento.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Se canceló el entrenamiento.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::OnnxExport</name>
        <message>
            <source>The bundle's schema lacks “%1”.</source>
            <translation>Al esquema del paquete le falta «%1».</translation>
        </message>
        <message>
            <source>The ONNX checker refused the graph: %1</source>
            <translation>El verificador de ONNX rechazó el grafo: %1</translation>
        </message>
        <message>
            <source>The ONNX graph could not be serialised.</source>
            <translation>No se pudo serializar el grafo ONNX.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>The ensemble has no members.</source>
            <translation>El ensemble no tiene miembros.</translation>
        </message>
        <message>
            <source>A %1 model cannot be expressed in standard ONNX operators; export logistic regression, a tree, a forest, gradient boosting, a neural network or an ensemble of them.</source>
            <translation>Un modelo %1 no se puede expresar con operadores ONNX estándar; exporte regresión logística, un árbol, un bosque, gradient boosting, una red neuronal o un ensemble de ellos.</translation>
        </message>
        <message>
            <source>naive Bayes</source>
            <translation>Bayes ingenuo</translation>
        </message>
    </context>
    <context>
        <name>churnlab::OpenInferenceAdapter</name>
        <message>
            <source>There is no model “%1”; this server serves “%2”.</source>
            <translation>No existe el modelo «%1»; este servidor sirve «%2».</translation>
        </message>
        <message>
            <source>Input “%1” must be %2, not “%3”.</source>
            <translation>La entrada «%1» debe ser %2, no «%3».</translation>
        </message>
        <message>
            <source>Input “%1” is given twice; send each input once.</source>
            <translation>La entrada «%1» aparece dos veces; envíe cada entrada una sola vez.</translation>
        </message>
        <message>
            <source>Input “%1”: its shape does not match its %2 values.</source>
            <translation>Entrada «%1»: su forma no coincide con sus %2 valores.</translation>
        </message>
        <message>
            <source>Input “%1”: element %2 is not %3.</source>
            <translation>Entrada «%1»: el elemento %2 no es %3.</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>Input “%1” has %2 rows where the others have %3.</source>
            <translation>La entrada «%1» tiene %2 filas donde las demás tienen %3.</translation>
        </message>
        <message>
            <source>The request lacks the input “%1”, which the model needs (%2).</source>
            <translation>A la solicitud le falta la entrada «%1», que el modelo necesita (%2).</translation>
        </message>
        <message>
            <source>The request needs an “inputs” list of tensors.</source>
            <translation>La solicitud necesita una lista «inputs» de tensores.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ParamTable</name>
        <message>
            <source>“seed” must be a whole number</source>
            <translation>«seed» debe ser un número entero</translation>
        </message>
        <message>
            <source>unknown hyperparameter “%1”</source>
            <translation>hiperparámetro desconocido «%1»</translation>
        </message>
        <message>
            <source>hyperparameter “%1” must be %2</source>
            <translation>el hiperparámetro «%1» debe ser %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::PartialDependence</name>
        <message>
            <source>“%1” is not one of the model's input columns.</source>
            <translation>«%1» no es una de las columnas de entrada del modelo.</translation>
        </message>
        <message>
            <source>Partial dependence on dates is not drawn; “%1” is a date.</source>
            <translation>No se dibuja la dependencia parcial de fechas; «%1» es una fecha.</translation>
        </message>
        <message>
            <source>“%1” has no values among these rows.</source>
            <translation>«%1» no tiene valores en estas filas.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::PermutationImportance</name>
        <message>
            <source>Permutation importance: %1</source>
            <translation>Importancia por permutación: %1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Postgres</name>
        <message>
            <source>The PostgreSQL URL has an unknown parameter “%1”.</source>
            <translation>La URL de PostgreSQL tiene un parámetro desconocido «%1».</translation>
        </message>
        <message>
            <source>Out of memory connecting to %1.</source>
            <translation>Sin memoria al conectar con %1.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation>No se puede conectar con %1: %2</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>%1 falló: %2</translation>
        </message>
        <message>
            <source>(at character %1 of the query)</source>
            <translation>(en el carácter %1 de la consulta)</translation>
        </message>
        <message>
            <source>The connection was lost: %1</source>
            <translation>Se perdió la conexión: %1</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::PostgresReader</name>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Read as text, having no numeric or date meaning here: %1.</source>
            <translation>Leído como texto, sin significado numérico ni de fecha aquí: %1.</translation>
        </message>
        <message>
            <source>Reading %1</source>
            <translation>Lectura de %1</translation>
        </message>
        <message>
            <source>%1 rows read</source>
            <translation>%1 filas leídas</translation>
        </message>
        <message>
            <source>The connection to %1 was lost after %2 rows: %3</source>
            <translation>Se perdió la conexión con %1 tras %2 filas: %3</translation>
        </message>
        <message>
            <source>Reading %1 after %2 rows</source>
            <translation>Lectura de %1 tras %2 filas</translation>
        </message>
        <message>
            <source>%1 returned no rows.</source>
            <translation>%1 no devolvió filas.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::PostgresWriter</name>
        <message>
            <source>%1, table %2</source>
            <translation>%1, tabla %2</translation>
        </message>
        <message>
            <source>Name the table to write the scores to.</source>
            <translation>Indique la tabla en la que escribir las puntuaciones.</translation>
        </message>
        <message>
            <source>Preparing %1</source>
            <translation>Preparación de %1</translation>
        </message>
        <message>
            <source>Writing %1</source>
            <translation>Escritura de %1</translation>
        </message>
        <message>
            <source>Writing %1 before it was begun.</source>
            <translation>Escritura de %1 antes de empezarla.</translation>
        </message>
        <message>
            <source>Writing %1 failed: %2</source>
            <translation>La escritura de %1 falló: %2</translation>
        </message>
        <message>
            <source>Committing %1</source>
            <translation>Confirmación de %1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Project</name>
        <message>
            <source>Model “%1” has no bundle to save.</source>
            <translation>El modelo «%1» no tiene paquete que guardar.</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>No se puede guardar %1: %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>No se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>%1 is %2 bytes, more than a project may be.</source>
            <translation>%1 tiene %2 bytes, más de lo que puede tener un proyecto.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>not a ChurnLab project, or a damaged one (%1)</source>
            <translation>no es un proyecto de ChurnLab o está dañado (%1)</translation>
        </message>
        <message>
            <source>model “%1”: %2</source>
            <translation>modelo «%1»: %2</translation>
        </message>
        <message>
            <source>does not list one entry per model</source>
            <translation>no enumera una entrada por modelo</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at byte %3</source>
            <translation>%1 no es JSON válido: %2 en el byte %3</translation>
        </message>
        <message>
            <source>%1 is valid JSON, but not a JSON object.</source>
            <translation>%1 es JSON válido, pero no un objeto JSON.</translation>
        </message>
        <message>
            <source>project.json binds no members to model “%1”.</source>
            <translation>project.json no vincula ningún miembro al modelo «%1».</translation>
        </message>
        <message>
            <source>%1 is not the one this project saved with model “%2” (its SHA-256 differs from project.json's): the project was changed or damaged.</source>
            <translation>%1 no es el que este proyecto guardó con el modelo «%2» (su SHA-256 difiere del de project.json): el proyecto se modificó o está dañado.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ProjectExport</name>
        <message>
            <source>The project has no models; train some first.</source>
            <translation>El proyecto no tiene modelos; entrene alguno primero.</translation>
        </message>
        <message>
            <source>The project has no model “%1”; it has: %2.</source>
            <translation>El proyecto no tiene el modelo «%1»; tiene: %2.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Model “%1” has no bundle in the project.</source>
            <translation>El modelo «%1» no tiene bundle en el proyecto.</translation>
        </message>
        <message>
            <source>The model has no bundle to export.</source>
            <translation>El modelo no tiene bundle que exportar.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ProjectModel</name>
        <message>
            <source>The bundle of model “%1” holds a “%2” model.</source>
            <translation>El paquete del modelo «%1» contiene un modelo «%2».</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ProjectTraining</name>
        <message>
            <source>%1 Locate the data again before training.</source>
            <translation>%1 Localice de nuevo los datos antes de entrenar.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Se canceló el entrenamiento.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ProxyCheck</name>
        <message>
            <source>“%1” is a %2 proxy for the sensitive column “%3” (Cramér's V %4).</source>
            <translation>«%1» es un sustituto %2 de la columna sensible «%3» (V de Cramér %4).</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>fuerte</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>Leaving “%1” out of the features does not keep it out of the model while “%2” is in; check the fairness view with and without it.</source>
            <translation>Dejar «%1» fuera de las características no lo deja fuera del modelo mientras «%2» esté dentro; revise la vista de equidad con y sin ella.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::RandomForest</name>
        <message>
            <source>No training rows.</source>
            <translation>No hay filas de entrenamiento.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Se canceló el entrenamiento.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ReportContent</name>
        <message>
            <source>built-in sample</source>
            <translation>ejemplo integrado</translation>
        </message>
        <message>
            <source>separate test file</source>
            <translation>archivo de prueba aparte</translation>
        </message>
        <message>
            <source>%1-fold cross-validation (out-of-fold scores)</source>
            <translation>validación cruzada de %1 particiones (puntuaciones fuera de partición)</translation>
        </message>
        <message>
            <source>stratified holdout of %1 %</source>
            <translation>reserva estratificada del %1 %</translation>
        </message>
    </context>
    <context>
        <name>churnlab::RequestLogReader</name>
        <message>
            <source>%1 is not a request log: %2</source>
            <translation>%1 no es un registro de peticiones: %2</translation>
        </message>
        <message>
            <source>%1 is not a request log: a line is not a JSON object</source>
            <translation>%1 no es un registro de solicitudes: una línea no es un objeto JSON</translation>
        </message>
        <message>
            <source>%1: probability %2 of the entry is not a number in [0, 1]</source>
            <translation>%1: la probabilidad %2 de la entrada no es un número en [0, 1]</translation>
        </message>
        <message>
            <source>%1 is not a request log: a line is longer than %2 bytes</source>
            <translation>%1 no es un registro de solicitudes: una línea tiene más de %2 bytes</translation>
        </message>
    </context>
    <context>
        <name>churnlab::RetentionRoi</name>
        <message>
            <source>ROI inputs</source>
            <translation>entradas del ROI</translation>
        </message>
    </context>
    <context>
        <name>churnlab::RetrainDecision</name>
        <message>
            <source>The holdout share must lie between 0 and 1.</source>
            <translation>La proporción de reserva debe estar entre 0 y 1.</translation>
        </message>
        <message>
            <source>The AUC margin must lie between 0 and 1.</source>
            <translation>El margen de AUC debe estar entre 0 y 1.</translation>
        </message>
        <message>
            <source>The cost margin must be zero or more.</source>
            <translation>El margen de coste debe ser cero o más.</translation>
        </message>
        <message>
            <source>The calibration tolerance must lie between 0 and 1.</source>
            <translation>La tolerancia de calibración debe estar entre 0 y 1.</translation>
        </message>
        <message>
            <source>AUC %1 against %2: up %3, at least the margin of %4.</source>
            <translation>AUC %1 frente a %2: sube %3, al menos el margen de %4.</translation>
        </message>
        <message>
            <source>AUC %1 against %2: a change of %3, short of the margin of %4.</source>
            <translation>AUC %1 frente a %2: un cambio de %3, por debajo del margen de %4.</translation>
        </message>
        <message>
            <source>Expected cost per customer %1 against %2: lower by %3.</source>
            <translation>Coste esperado por cliente %1 frente a %2: menor en %3.</translation>
        </message>
        <message>
            <source>Expected cost per customer %1 against %2: not lower by more than %3.</source>
            <translation>Coste esperado por cliente %1 frente a %2: no es menor en más de %3.</translation>
        </message>
        <message>
            <source>Calibration error %1 against %2: within the tolerance of %3.</source>
            <translation>Error de calibración %1 frente a %2: dentro de la tolerancia de %3.</translation>
        </message>
        <message>
            <source>Calibration error %1 against %2: worse by more than the tolerance of %3.</source>
            <translation>Error de calibración %1 frente a %2: peor en más de la tolerancia de %3.</translation>
        </message>
        <message numerus="yes">
            <source>Promote the challenger: it beats the champion on the recent holdout of %n customers.</source>
            <translation>
                <numerusform>Promover al aspirante: supera al campeón en la reserva reciente de %n cliente.</numerusform>
                <numerusform>Promover al aspirante: supera al campeón en la reserva reciente de %n clientes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Keep the champion: the challenger does not beat it on the recent holdout of %n customers.</source>
            <translation>
                <numerusform>Mantener al campeón: el aspirante no lo supera en la reserva reciente de %n cliente.</numerusform>
                <numerusform>Mantener al campeón: el aspirante no lo supera en la reserva reciente de %n clientes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>churnlab::RetrainJob</name>
        <message>
            <source>Appending needs the old training data as well as the new.</source>
            <translation>Para añadir hacen falta los datos de entrenamiento antiguos además de los nuevos.</translation>
        </message>
        <message>
            <source>Opening the champion…</source>
            <translation>Abriendo el campeón…</translation>
        </message>
        <message>
            <source>Writing the new version…</source>
            <translation>Escribiendo la versión nueva…</translation>
        </message>
        <message>
            <source>Runs not recorded: %1</source>
            <translation>Ejecuciones no registradas: %1</translation>
        </message>
        <message>
            <source>Run not recorded: %1</source>
            <translation>Ejecución no registrada: %1</translation>
        </message>
        <message>
            <source>Champion not tagged: %1</source>
            <translation>Campeón no etiquetado: %1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Retraining</name>
        <message>
            <source>The %1 lacks columns the champion needs: %2.</source>
            <translation>A los datos (%1) les faltan columnas que necesita el campeón: %2.</translation>
        </message>
        <message>
            <source>The new data lacks the column “%1” of the old data.</source>
            <translation>A los datos nuevos les falta la columna «%1» de los antiguos.</translation>
        </message>
        <message numerus="yes">
            <source>Column “%1”: %n values of the new data do not read as the old data's type (%2).</source>
            <translation>
                <numerusform>Columna «%1»: %n valor de los datos nuevos no se lee como el tipo de los antiguos (%2).</numerusform>
                <numerusform>Columna «%1»: %n valores de los datos nuevos no se leen como el tipo de los antiguos (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>No new data was given.</source>
            <translation>No se indicaron datos nuevos.</translation>
        </message>
        <message>
            <source>Appending needs the old training data as well as the new.</source>
            <translation>Para añadir hacen falta los datos de entrenamiento antiguos además de los nuevos.</translation>
        </message>
        <message>
            <source>The champion does not record its training settings: %1</source>
            <translation>El campeón no registra su configuración de entrenamiento: %1</translation>
        </message>
        <message>
            <source>Checking the new data against the champion's schema…</source>
            <translation>Comprobando los datos nuevos con el esquema del campeón…</translation>
        </message>
        <message>
            <source>new data</source>
            <translation>datos nuevos</translation>
        </message>
        <message>
            <source>New data: %1</source>
            <translation>Datos nuevos: %1</translation>
        </message>
        <message>
            <source>The new data has too few labelled rows for a holdout.</source>
            <translation>Los datos nuevos tienen muy pocas filas etiquetadas para una reserva.</translation>
        </message>
        <message>
            <source>old data</source>
            <translation>datos antiguos</translation>
        </message>
        <message>
            <source>Holdout: %1</source>
            <translation>Reserva: %1</translation>
        </message>
        <message>
            <source>Scoring the holdout with the champion…</source>
            <translation>Puntuando la reserva con el campeón…</translation>
        </message>
        <message>
            <source>The champion cannot score the new data: %1</source>
            <translation>El campeón no puede puntuar los datos nuevos: %1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::RunRecorder</name>
        <message>
            <source>runs not recorded: %1</source>
            <translation>ejecuciones no registradas: %1</translation>
        </message>
        <message>
            <source>run not recorded: %1</source>
            <translation>ejecución no registrada: %1</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Scorer</name>
        <message>
            <source>Scoring was cancelled.</source>
            <translation>Se canceló la puntuación.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ScoringReport</name>
        <message numerus="yes">
            <source>Column “%1” was read as %2 and converted to %3, as in training; %n value(s) did not convert and count as missing.</source>
            <translation>
                <numerusform>La columna «%1» se leyó como %2 y se convirtió a %3, como en el entrenamiento; %n valor no se convirtió y cuenta como faltante.</numerusform>
                <numerusform>La columna «%1» se leyó como %2 y se convirtió a %3, como en el entrenamiento; %n valores no se convirtieron y cuentan como faltantes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Column “%1”: %n value(s) could not be read and count as missing.</source>
            <translation>
                <numerusform>Columna «%1»: %n valor no se pudo leer y cuenta como faltante.</numerusform>
                <numerusform>Columna «%1»: %n valores no se pudieron leer y cuentan como faltantes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Column “%1”: %n value(s) of categories not seen in training, scored as a rare category.</source>
            <translation>
                <numerusform>Columna «%1»: %n valor de una categoría no vista en el entrenamiento, puntuado como una categoría rara.</numerusform>
                <numerusform>Columna «%1»: %n valores de categorías no vistas en el entrenamiento, puntuados como una categoría rara.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Column “%1”: %n value(s) outside the training range.</source>
            <translation>
                <numerusform>Columna «%1»: %n valor fuera del rango de entrenamiento.</numerusform>
                <numerusform>Columna «%1»: %n valores fuera del rango de entrenamiento.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>churnlab::ScoringService</name>
        <message>
            <source>A valid bearer token is required.</source>
            <translation>Se requiere un token bearer válido.</translation>
        </message>
        <message>
            <source>No model is loaded.</source>
            <translation>No hay ningún modelo cargado.</translation>
        </message>
        <message>
            <source>There is no endpoint %1.</source>
            <translation>No existe el endpoint %1.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::SensitiveGroups</name>
        <message>
            <source>(missing)</source>
            <translation>(ausente)</translation>
        </message>
        <message>
            <source>Column “%1” holds dates; make a band of them (a year, an age) to analyse it.</source>
            <translation>La columna «%1» contiene fechas; forme franjas con ellas (un año, una edad) para analizarla.</translation>
        </message>
        <message>
            <source>Column “%1” has %2 distinct values; a sensitive column needs at most %3 groups.</source>
            <translation>La columna «%1» tiene %2 valores distintos; una columna sensible necesita como máximo %3 grupos.</translation>
        </message>
        <message>
            <source>Bin edges must increase.</source>
            <translation>Los límites de intervalo deben ser crecientes.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Signer</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a ChurnLab %2 (made by churnlab-cli keygen)</source>
            <translation>%1 no es un %2 de ChurnLab (creado con churnlab-cli keygen)</translation>
        </message>
    </context>
    <context>
        <name>churnlab::SqlConnection</name>
        <message>
            <source>Reaching %1 needs Qt's %2 driver (Debian package %3).</source>
            <translation>Para acceder a %1 hace falta el controlador %2 de Qt (paquete Debian %3).</translation>
        </message>
        <message>
            <source>There is no SQLite file at %1.</source>
            <translation>No hay ningún archivo SQLite en %1.</translation>
        </message>
        <message>
            <source>Cannot connect to %1: %2</source>
            <translation>No se puede conectar con %1: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::SqlReader</name>
        <message>
            <source>Reading %1 failed: %2</source>
            <translation>La lectura de %1 falló: %2</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <source>%1 rows read</source>
            <translation>%1 filas leídas</translation>
        </message>
        <message>
            <source>Reading %1 failed after %2 rows: %3</source>
            <translation>La lectura de %1 falló tras %2 filas: %3</translation>
        </message>
        <message>
            <source>%1 returned no rows.</source>
            <translation>%1 no devolvió filas.</translation>
        </message>
        <message numerus="yes">
            <source>%n timestamp(s) fell in this machine's daylight-saving gap and could not be read (they are missing); cast them to text in the query, or run with TZ=UTC.</source>
            <translation>
                <numerusform>%n marca de tiempo cayó en el salto de horario de verano de este equipo y no pudo leerse (falta); conviértala a texto en la consulta o ejecute con TZ=UTC.</numerusform>
                <numerusform>%n marcas de tiempo cayeron en el salto de horario de verano de este equipo y no pudieron leerse (faltan); conviértalas a texto en la consulta o ejecute con TZ=UTC.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>churnlab::SqlWriter</name>
        <message>
            <source>%1, table %2</source>
            <translation>%1, tabla %2</translation>
        </message>
        <message>
            <source>%1 %2 failed: %3</source>
            <translation>%1 de %2 falló: %3</translation>
        </message>
        <message>
            <source>Name the table to write the scores to.</source>
            <translation>Indique la tabla en la que escribir las puntuaciones.</translation>
        </message>
        <message>
            <source>Preparing</source>
            <translation>Preparar</translation>
        </message>
        <message>
            <source>Writing %1 failed: the database refused a transaction (%2).</source>
            <translation>La escritura de %1 falló: la base de datos rechazó una transacción (%2).</translation>
        </message>
        <message>
            <source>Writing %1 before it was begun.</source>
            <translation>Escritura de %1 antes de empezarla.</translation>
        </message>
        <message>
            <source>Writing %1 failed: a row has %2 fields, not %3.</source>
            <translation>La escritura de %1 falló: una fila tiene %2 campos, no %3.</translation>
        </message>
        <message>
            <source>Writing %1 failed: %2</source>
            <translation>La escritura de %1 falló: %2</translation>
        </message>
        <message>
            <source>Writing %1 failed: “%2” in %3 is not a number.</source>
            <translation>La escritura de %1 falló: «%2» en %3 no es un número.</translation>
        </message>
        <message>
            <source>Committing %1 failed: %2</source>
            <translation>La confirmación de %1 falló: %2</translation>
        </message>
        <message>
            <source>Committing</source>
            <translation>Confirmar</translation>
        </message>
    </context>
    <context>
        <name>churnlab::TargetSpec</name>
        <message>
            <source>target</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <source>must name a column</source>
            <translation>debe nombrar una columna</translation>
        </message>
    </context>
    <context>
        <name>churnlab::TextDecoder</name>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>The file is an image, not a CSV file.</source>
            <translation>El archivo es una imagen, no un archivo CSV.</translation>
        </message>
        <message>
            <source>The file is a PDF document, not a CSV file.</source>
            <translation>El archivo es un documento PDF, no un archivo CSV.</translation>
        </message>
        <message>
            <source>The file is not valid UTF-8.</source>
            <translation>El archivo no es UTF-8 válido.</translation>
        </message>
        <message>
            <source>The file is UTF-16 but has an odd number of bytes: it was cut short.</source>
            <translation>El archivo es UTF-16 pero tiene un número impar de bytes: está truncado.</translation>
        </message>
        <message>
            <source>The file has a UTF-16 byte order mark but is not valid UTF-16.</source>
            <translation>El archivo tiene una marca de orden de bytes UTF-16 pero no es UTF-16 válido.</translation>
        </message>
        <message>
            <source>The file contains NUL bytes: it is not a text file.</source>
            <translation>El archivo contiene bytes NUL: no es un archivo de texto.</translation>
        </message>
        <message>
            <source>The file holds no data, only white space.</source>
            <translation>El archivo no contiene datos, solo espacios en blanco.</translation>
        </message>
        <message>
            <source>The file is an Excel workbook (or another ZIP archive), not a CSV file; give it the .xlsx extension to open it as a workbook.</source>
            <translation>El archivo es un libro de Excel (u otro archivo ZIP), no un archivo CSV; dele la extensión .xlsx para abrirlo como libro.</translation>
        </message>
        <message>
            <source>The file is a legacy Excel 97–2003 workbook, not a CSV file; give it the .xls extension to open it as a workbook.</source>
            <translation>El archivo es un libro antiguo de Excel 97–2003, no un archivo CSV; dele la extensión .xls para abrirlo como libro.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::TrackingStore</name>
        <message>
            <source>The Qt SQL driver for %1 is not installed.</source>
            <translation>El controlador Qt SQL para %1 no está instalado.</translation>
        </message>
        <message>
            <source>Cannot open the run store %1</source>
            <translation>No se puede abrir el almacén de ejecuciones %1</translation>
        </message>
        <message>
            <source>Cannot read the run store's version</source>
            <translation>No se puede leer la versión del almacén de ejecuciones</translation>
        </message>
        <message>
            <source>The run store %1 has schema version %2, made by a newer ChurnLab; this one reads up to version %3.</source>
            <translation>El almacén de ejecuciones %1 tiene la versión de esquema %2, de un ChurnLab más reciente; este lee hasta la versión %3.</translation>
        </message>
        <message>
            <source>Cannot set up the run store</source>
            <translation>No se puede preparar el almacén de ejecuciones</translation>
        </message>
        <message>
            <source>Cannot record the run</source>
            <translation>No se puede registrar la ejecución</translation>
        </message>
        <message>
            <source>Cannot read the runs</source>
            <translation>No se pueden leer las ejecuciones</translation>
        </message>
        <message>
            <source>There is no run %1 in %2.</source>
            <translation>No hay ninguna ejecución %1 en %2.</translation>
        </message>
        <message>
            <source>Cannot tag the run</source>
            <translation>No se puede etiquetar la ejecución</translation>
        </message>
        <message>
            <source>Cannot untag the run</source>
            <translation>No se puede quitar la etiqueta</translation>
        </message>
    </context>
    <context>
        <name>churnlab::TrainSpec</name>
        <message>
            <source>Choose at least one model to train.</source>
            <translation>Elija al menos un modelo para entrenar.</translation>
        </message>
        <message>
            <source>The test share must be between 0 and 1.</source>
            <translation>La parte de prueba debe estar entre 0 y 1.</translation>
        </message>
        <message>
            <source>Cross-validation needs from 2 to 50 folds.</source>
            <translation>La validación cruzada necesita de 2 a 50 pliegues.</translation>
        </message>
        <message>
            <source>The threshold must be between 0 and 1.</source>
            <translation>El umbral debe estar entre 0 y 1.</translation>
        </message>
        <message>
            <source>Costs must not be negative.</source>
            <translation>Los costes no deben ser negativos.</translation>
        </message>
        <message>
            <source>training settings</source>
            <translation>ajustes de entrenamiento</translation>
        </message>
        <message>
            <source>must be holdout or kfold</source>
            <translation>debe ser holdout o kfold</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>debe ser un número entero</translation>
        </message>
        <message>
            <source>A cost may be at most %L1 per wrong prediction.</source>
            <translation>Un coste puede ser como máximo %L1 por predicción errónea.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::TrainingSession</name>
        <message>
            <source>Use either cross-validation or a separate test file, not both.</source>
            <translation>Use validación cruzada o un archivo de prueba aparte, no ambos.</translation>
        </message>
        <message>
            <source>Test file: %1</source>
            <translation>Archivo de prueba: %1</translation>
        </message>
        <message>
            <source>Splitting the rows…</source>
            <translation>Dividiendo las filas…</translation>
        </message>
        <message>
            <source>The training rows hold a single class of “%1”.</source>
            <translation>Las filas de entrenamiento tienen una sola clase de «%1».</translation>
        </message>
        <message>
            <source>Preparing features…</source>
            <translation>Preparando las variables…</translation>
        </message>
        <message>
            <source>No usable feature columns: every column is the target, an ID, free text or constant.</source>
            <translation>No hay columnas de variables utilizables: cada columna es el objetivo, un ID, texto libre o constante.</translation>
        </message>
        <message>
            <source>The session was not prepared.</source>
            <translation>La sesión no se preparó.</translation>
        </message>
        <message>
            <source>Training was cancelled.</source>
            <translation>Se canceló el entrenamiento.</translation>
        </message>
        <message>
            <source>Looking for columns that leak the outcome…</source>
            <translation>Buscando columnas que filtran el resultado…</translation>
        </message>
        <message>
            <source>Left out because they leak the outcome: %1. Give a column the role Feature (or keep them all) to train on them.</source>
            <translation>Dejadas fuera porque filtran el resultado: %1. Dé a una columna el rol Variable (o consérvelas todas) para entrenar con ellas.</translation>
        </message>
        <message>
            <source>Warning: %1 It stays a feature.</source>
            <translation>Aviso: %1 Sigue siendo una variable.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::Tree</name>
        <message>
            <source>tree</source>
            <translation>árbol</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>tree: node %1 has a child that does not come after it</source>
            <translation>árbol: el nodo %1 tiene un hijo que no va después de él</translation>
        </message>
        <message>
            <source>tree ensemble</source>
            <translation>conjunto de árboles</translation>
        </message>
        <message>
            <source>tree %1 of %2: %3</source>
            <translation>árbol %1 de %2: %3</translation>
        </message>
    </context>
    <context>
        <name>churnlab::VotingEnsemble</name>
        <message>
            <source>ensemble: the seed must be a whole number.</source>
            <translation>ensemble: la semilla debe ser un número entero.</translation>
        </message>
        <message>
            <source>ensemble: unknown hyperparameter “%1”.</source>
            <translation>ensemble: hiperparámetro desconocido «%1».</translation>
        </message>
        <message>
            <source>ensemble: needs 2 to %1 members.</source>
            <translation>ensemble: necesita de 2 a %1 miembros.</translation>
        </message>
        <message>
            <source>ensemble: member %1 is an ensemble itself.</source>
            <translation>ensemble: el miembro %1 es a su vez un ensemble.</translation>
        </message>
        <message>
            <source>ensemble: member %1: %2</source>
            <translation>ensemble: miembro %1: %2</translation>
        </message>
        <message>
            <source>ensemble: %1 saved models for %2 members.</source>
            <translation>ensemble: %1 modelos guardados para %2 miembros.</translation>
        </message>
        <message>
            <source>ensemble: member %1 does not match its declaration.</source>
            <translation>ensemble: el miembro %1 no coincide con su declaración.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::XlsSheetReader</name>
        <message>
            <source>%1 is password-protected; save it without a password in Excel and open it again.</source>
            <translation>%1 está protegido con contraseña; guárdelo sin contraseña en Excel y vuelva a abrirlo.</translation>
        </message>
        <message>
            <source>%1 is not a readable Excel 97–2003 workbook (FreeXL error %2).</source>
            <translation>%1 no es un libro de Excel 97–2003 legible (error de FreeXL %2).</translation>
        </message>
        <message>
            <source>%1 is an .xlsx workbook saved with an .xls name; give it the .xlsx extension.</source>
            <translation>%1 es un libro .xlsx guardado con un nombre .xls; dele la extensión .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::XlsxReader</name>
        <message>
            <source>Sheet “%1” of %2 is empty.</source>
            <translation>La hoja «%1» de %2 está vacía.</translation>
        </message>
        <message>
            <source>Sheet “%1”: %2</source>
            <translation>Hoja «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::XlsxSheetReader</name>
        <message>
            <source>%1: cell %2 lies beyond Excel's last column.</source>
            <translation>%1: la celda %2 está más allá de la última columna de Excel.</translation>
        </message>
        <message>
            <source>%1: cell %2 refers to shared string %3, but there are %4.</source>
            <translation>%1: la celda %2 se refiere a la cadena compartida %3, pero hay %4.</translation>
        </message>
        <message>
            <source>%1 is truncated.</source>
            <translation>%1 está truncado.</translation>
        </message>
        <message>
            <source>Reading was cancelled.</source>
            <translation>Se canceló la lectura.</translation>
        </message>
        <message>
            <source>%1 is not a worksheet.</source>
            <translation>%1 no es una hoja de cálculo.</translation>
        </message>
        <message numerus="yes">
            <source>Column “%1”: %n error cells read as missing.</source>
            <translation>
                <numerusform>Columna «%1»: %n celda de error leída como ausente.</numerusform>
                <numerusform>Columna «%1»: %n celdas de error leídas como ausentes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Error values found: %1.</source>
            <translation>Valores de error encontrados: %1.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::XlsxWorkbook</name>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>No se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 está vacío.</translation>
        </message>
        <message>
            <source>%1 is encrypted or password-protected; save it without a password in Excel and open it again.</source>
            <translation>%1 está cifrado o protegido con contraseña; guárdelo sin contraseña en Excel y vuelva a abrirlo.</translation>
        </message>
        <message>
            <source>%1 is a legacy Excel 97–2003 workbook (.xls), not an .xlsx; give it the .xls extension, or save it as .xlsx.</source>
            <translation>%1 es un libro antiguo de Excel 97–2003 (.xls), no un .xlsx; dele la extensión .xls o guárdelo como .xlsx.</translation>
        </message>
        <message>
            <source>%1 is a text file (a CSV?), not an Excel workbook; give it a .csv extension to open it as CSV.</source>
            <translation>%1 es un archivo de texto (¿un CSV?), no un libro de Excel; dele la extensión .csv para abrirlo como CSV.</translation>
        </message>
        <message>
            <source>%1 is not an Excel workbook (.xlsx is a zip archive).</source>
            <translation>%1 no es un libro de Excel (.xlsx es un archivo ZIP).</translation>
        </message>
        <message>
            <source>%1 is damaged: %2</source>
            <translation>%1 está dañado: %2</translation>
        </message>
        <message>
            <source>%1 is a zip archive but not an Excel workbook (no xl/workbook.xml).</source>
            <translation>%1 es un archivo ZIP pero no un libro de Excel (no hay xl/workbook.xml).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>the workbook has no sheets.</source>
            <translation>el libro no tiene hojas.</translation>
        </message>
        <message>
            <source>%1 has no sheet “%2”; its sheets are: %3.</source>
            <translation>%1 no tiene la hoja «%2»; sus hojas son: %3.</translation>
        </message>
        <message>
            <source>%1 is not a shared strings table.</source>
            <translation>%1 no es una tabla de cadenas compartidas.</translation>
        </message>
        <message>
            <source>%1 is truncated.</source>
            <translation>%1 está truncado.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::XlsxXml</name>
        <message>
            <source>%1 holds a document type declaration (DTD); workbooks never do, and entity expansion is refused.</source>
            <translation>%1 contiene una declaración de tipo de documento (DTD); los libros nunca la tienen y se rechaza la expansión de entidades.</translation>
        </message>
        <message>
            <source>%1 is not well-formed XML: %2</source>
            <translation>%1 no es XML bien formado: %2</translation>
        </message>
    </context>
    <context>
        <name>churnlab::ZipArchive</name>
        <message>
            <source>Cannot create the archive</source>
            <translation>No se puede crear el archivo comprimido</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Cannot add %1</source>
            <translation>No se puede añadir %1</translation>
        </message>
        <message>
            <source>Cannot write the archive</source>
            <translation>No se puede escribir el archivo comprimido</translation>
        </message>
        <message>
            <source>Not a readable archive</source>
            <translation>No es un archivo comprimido legible</translation>
        </message>
        <message>
            <source>Not a valid archive (truncated or damaged)</source>
            <translation>No es un archivo comprimido válido (truncado o dañado)</translation>
        </message>
        <message>
            <source>%1 is missing from the archive</source>
            <translation>Falta %1 en el archivo comprimido</translation>
        </message>
        <message>
            <source>%1 is too large (%2 bytes; at most %3 are accepted)</source>
            <translation>%1 es demasiado grande (%2 bytes; se aceptan como máximo %3)</translation>
        </message>
        <message>
            <source>%1 inflates %2 times its compressed size: a zip bomb is refused</source>
            <translation>%1 se descomprime a %2 veces su tamaño comprimido: se rechaza una bomba zip</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>No se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>%1 is damaged (%2)</source>
            <translation>%1 está dañado (%2)</translation>
        </message>
        <message>
            <source>longer than declared</source>
            <translation>más largo de lo declarado</translation>
        </message>
        <message>
            <source>Reading %1 was stopped.</source>
            <translation>Se detuvo la lectura de %1.</translation>
        </message>
    </context>
    <context>
        <name>churnlab::cli</name>
        <message>
            <source>Searches the learners and their hyperparameters within a time budget: every learner at its defaults, then successive-halving brackets of sampled settings, on validation rows split from the training rows. The best model (and a soft-voting ensemble of the best three learners, if it wins on validation) is trained on all training rows and reported on the test rows.</source>
            <translation>Busca los algoritmos y sus hiperparámetros dentro de un presupuesto de tiempo: cada algoritmo con sus valores por defecto, luego rondas de successive halving con ajustes muestreados, sobre filas de validación separadas de las de entrenamiento. El mejor modelo (y un ensemble de votación suave de los tres mejores algoritmos, si gana en validación) se entrena con todas las filas de entrenamiento y se informa sobre las filas de prueba.</translation>
        </message>
        <message>
            <source>Training data (CSV or workbook).</source>
            <translation>Datos de entrenamiento (CSV o libro).</translation>
        </message>
        <message>
            <source>Time budget in seconds (default 120).</source>
            <translation>Presupuesto de tiempo en segundos (por defecto 120).</translation>
        </message>
        <message>
            <source>What to optimise: auc, pr_auc, logloss or cost (expected cost at the best threshold, with --cost-fp and --cost-fn; default auc).</source>
            <translation>Qué optimizar: auc, pr_auc, logloss o cost (coste esperado en el mejor umbral, con --cost-fp y --cost-fn; por defecto auc).</translation>
        </message>
        <message>
            <source>Cost of a false positive (default 1).</source>
            <translation>Coste de un falso positivo (por defecto 1).</translation>
        </message>
        <message>
            <source>Cost of a false negative (default 5).</source>
            <translation>Coste de un falso negativo (por defecto 5).</translation>
        </message>
        <message>
            <source>Stop after this many trials (with the same seed, the same trials).</source>
            <translation>Parar tras este número de pruebas (con la misma semilla, las mismas pruebas).</translation>
        </message>
        <message>
            <source>Learners to search (default %1).</source>
            <translation>Algoritmos a buscar (por defecto %1).</translation>
        </message>
        <message>
            <source>Do not try an ensemble.</source>
            <translation>No probar un ensemble.</translation>
        </message>
        <message>
            <source>Write the result (the ensemble if kept, else the best model) as a bundle (.clb).</source>
            <translation>Escribir el resultado (el ensemble si se conserva, si no el mejor modelo) como bundle (.clb).</translation>
        </message>
        <message>
            <source>With --export: sign with this secret key.</source>
            <translation>Con --export: firmar con esta clave secreta.</translation>
        </message>
        <message>
            <source>Print one JSON object.</source>
            <translation>Imprimir un objeto JSON.</translation>
        </message>
        <message>
            <source>--budget takes a number of seconds</source>
            <translation>--budget requiere un número de segundos</translation>
        </message>
        <message>
            <source>--metric takes auc, pr_auc, logloss or cost</source>
            <translation>--metric requiere auc, pr_auc, logloss o cost</translation>
        </message>
        <message>
            <source>--trials takes a count ≥ 1</source>
            <translation>--trials requiere un número ≥ 1</translation>
        </message>
        <message>
            <source>%1 trials in %2 s (budget %3 s) on %4 search rows, validated on %5 rows%6</source>
            <translation>%1 pruebas en %2 s (presupuesto %3 s) con %4 filas de búsqueda, validadas con %5 filas%6</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (cancelado)</translation>
        </message>
        <message>
            <source>trial</source>
            <translation>prueba</translation>
        </message>
        <message>
            <source>model</source>
            <translation>modelo</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>ajustes</translation>
        </message>
        <message>
            <source>Ensemble of %1: %2 %3 on validation — %4</source>
            <translation>Ensemble de %1: %2 %3 en validación — %4</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>conservado</translation>
        </message>
        <message>
            <source>not better, dropped</source>
            <translation>no es mejor, descartado</translation>
        </message>
        <message>
            <source>%1: test ROC AUC %2, PR AUC %3, log loss %4</source>
            <translation>%1: ROC AUC de prueba %2, PR AUC %3, log loss %4</translation>
        </message>
        <message>
            <source>--cost-fp and --cost-fn take numbers ≥ 0</source>
            <translation>--cost-fp y --cost-fn requieren números ≥ 0</translation>
        </message>
        <message>
            <source>Exported %1 to %2</source>
            <translation>%1 exportado a %2</translation>
        </message>
        <message>
            <source>%1: %2 labelled rows at threshold %3; expected cost %4 per customer</source>
            <translation>%1: %2 filas etiquetadas con umbral %3; coste esperado %4 por cliente</translation>
        </message>
        <message>
            <source>group</source>
            <translation>grupo</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>filas</translation>
        </message>
        <message>
            <source>churn %</source>
            <translation>baja %</translation>
        </message>
        <message>
            <source>flag %</source>
            <translation>señal. %</translation>
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
            <translation>prec. %</translation>
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
            <translation>  (umbral %1)</translation>
        </message>
        <message>
            <source>Scores labelled data with a model bundle and compares the groups of a sensitive column at the bundle's threshold: size, selection rate, TPR, FPR, precision, AUC and calibration per group; demographic parity difference and ratio and equalized-odds difference, each against its band; and the model's inputs that act as proxies for the sensitive column.</source>
            <translation>Puntúa datos etiquetados con un bundle de modelo y compara los grupos de una columna sensible con el umbral del bundle: tamaño, tasa de selección, TPR, FPR, precisión, AUC y calibración por grupo; diferencia y razón de paridad demográfica y diferencia de equalized odds, cada una frente a su banda; y las entradas del modelo que actúan como sustitutos de la columna sensible.</translation>
        </message>
        <message>
            <source>The model bundle (.clb).</source>
            <translation>El bundle del modelo (.clb).</translation>
        </message>
        <message>
            <source>Labelled data (CSV or workbook) with the sensitive column.</source>
            <translation>Datos etiquetados (CSV o libro) con la columna sensible.</translation>
        </message>
        <message>
            <source>The sensitive column (gender, age, …).</source>
            <translation>La columna sensible (género, edad, …).</translation>
        </message>
        <message>
            <source>Equal-frequency bins for a numeric column with many values (default 4).</source>
            <translation>Intervalos de igual frecuencia para una columna numérica con muchos valores (por defecto 4).</translation>
        </message>
        <message>
            <source>Bin edges for a numeric column instead, e.g. 30,45,60.</source>
            <translation>En su lugar, límites de intervalo para una columna numérica, p. ej. 30,45,60.</translation>
        </message>
        <message>
            <source>A threshold for one group, GROUP=T (repeatable).</source>
            <translation>Un umbral para un grupo, GROUP=T (repetible).</translation>
        </message>
        <message>
            <source>Use per-group thresholds that give every group the same TPR.</source>
            <translation>Usar umbrales por grupo que den a cada grupo la misma TPR.</translation>
        </message>
        <message>
            <source>Largest acceptable parity or equalized-odds difference (default 0.1).</source>
            <translation>Mayor diferencia aceptable de paridad o de equalized odds (por defecto 0.1).</translation>
        </message>
        <message>
            <source>Smallest acceptable parity ratio (default 0.8, the four-fifths rule).</source>
            <translation>Menor razón de paridad aceptable (por defecto 0.8, la regla de los cuatro quintos).</translation>
        </message>
        <message>
            <source>Exit with code 5 when a disparity is outside its band.</source>
            <translation>Salir con código 5 cuando una disparidad esté fuera de su banda.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Imprimir JSON.</translation>
        </message>
        <message>
            <source>fairness takes BUNDLE DATA --sensitive COLUMN; see --help</source>
            <translation>fairness requiere BUNDLE DATA --sensitive COLUMN; vea --help</translation>
        </message>
        <message>
            <source>--bins takes a count ≥ 2</source>
            <translation>--bins requiere un número ≥ 2</translation>
        </message>
        <message>
            <source>--edges: “%1” is not a number</source>
            <translation>--edges: «%1» no es un número</translation>
        </message>
        <message>
            <source>--group-threshold takes GROUP=T with T in [0, 1], not “%1”</source>
            <translation>--group-threshold requiere GROUP=T con T en [0, 1], no «%1»</translation>
        </message>
        <message>
            <source>--%1 takes a number in [0, 1]</source>
            <translation>--%1 requiere un número en [0, 1]</translation>
        </message>
        <message>
            <source>automl takes DATA (or --db) and --target COLUMN; see --help</source>
            <translation>automl requiere DATOS (o --db) y --target COLUMNA; vea --help</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Field delimiter: comma, semicolon, tab, pipe or one character.</source>
            <translation>Delimitador de campos: comma, semicolon, tab, pipe o un carácter.</translation>
        </message>
        <message>
            <source>The first row is data, not column names.</source>
            <translation>La primera fila son datos, no nombres de columna.</translation>
        </message>
        <message>
            <source>The first row holds column names.</source>
            <translation>La primera fila contiene los nombres de columna.</translation>
        </message>
        <message>
            <source>utf-8, utf-8-sig, utf-16-le, utf-16-be or windows-1252.</source>
            <translation>utf-8, utf-8-sig, utf-16-le, utf-16-be o windows-1252.</translation>
        </message>
        <message>
            <source>Column type override, e.g. --type TotalCharges=real (repeatable).</source>
            <translation>Forzar el tipo de una columna, p. ej. --type TotalCharges=real (repetible).</translation>
        </message>
        <message>
            <source>Unknown delimiter “%1”.</source>
            <translation>Delimitador desconocido «%1».</translation>
        </message>
        <message>
            <source>Unknown encoding “%1”.</source>
            <translation>Codificación desconocida «%1».</translation>
        </message>
        <message>
            <source>Bad --type “%1”: use COLUMN=TYPE with TYPE one of integer, real, boolean, categorical, text, date, datetime.</source>
            <translation>--type «%1» no válido: use COLUMNA=TIPO con TIPO uno de integer, real, boolean, categorical, text, date, datetime.</translation>
        </message>
        <message>
            <source>Dialect: delimiter %1, %2, encoding %3%4%5</source>
            <translation>Dialecto: delimitador %1, %2, codificación %3%4%5</translation>
        </message>
        <message>
            <source>header row</source>
            <translation>fila de cabecera</translation>
        </message>
        <message>
            <source>no header row</source>
            <translation>sin fila de cabecera</translation>
        </message>
        <message>
            <source> (guessed)</source>
            <translation> (estimada)</translation>
        </message>
        <message>
            <source>, decimal comma</source>
            <translation>, coma decimal</translation>
        </message>
        <message>
            <source>%1 rows × %2 columns, read in %3 s</source>
            <translation>%1 filas × %2 columnas, leídas en %3 s</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>advertencia: %1</translation>
        </message>
        <message>
            <source>column</source>
            <translation>columna</translation>
        </message>
        <message>
            <source>type</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>faltantes</translation>
        </message>
        <message>
            <source>distinct</source>
            <translation>distintos</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>resumen</translation>
        </message>
        <message>
            <source>CSV file to read.</source>
            <translation>Archivo CSV que leer.</translation>
        </message>
        <message>
            <source>Print one JSON object.</source>
            <translation>Imprimir un objeto JSON.</translation>
        </message>
        <message>
            <source>Inspect the built-in sample dataset instead of a file.</source>
            <translation>Inspeccionar los datos de ejemplo integrados en lugar de un archivo.</translation>
        </message>
        <message>
            <source>Built-in sample data (seed %1)</source>
            <translation>Datos de ejemplo integrados (semilla %1)</translation>
        </message>
        <message>
            <source>Writes the built-in, seeded sample churn dataset as CSV.</source>
            <translation>Escribe los datos de ejemplo integrados, con semilla, como CSV.</translation>
        </message>
        <message>
            <source>Output CSV file ('-' for standard output).</source>
            <translation>Archivo CSV de salida ('-' para la salida estándar).</translation>
        </message>
        <message>
            <source>Number of rows (default 5000).</source>
            <translation>Número de filas (por defecto 5000).</translation>
        </message>
        <message>
            <source>Random seed (default 42).</source>
            <translation>Semilla aleatoria (por defecto 42).</translation>
        </message>
        <message>
            <source>--rows must be a whole number from 1 to 100000000.</source>
            <translation>--rows debe ser un número entero de 1 a 100000000.</translation>
        </message>
        <message>
            <source>--seed must be a whole number.</source>
            <translation>--seed debe ser un número entero.</translation>
        </message>
        <message>
            <source>say where to write: -o FILE</source>
            <translation>indique dónde escribir: -o ARCHIVO</translation>
        </message>
        <message>
            <source>unknown command “%1”; see churnlab-cli --help</source>
            <translation>orden desconocida «%1»; vea churnlab-cli --help</translation>
        </message>
        <message>
            <source>Renders a chart of a CSV file (or the built-in sample) to SVG or PNG, as Explore draws it.</source>
            <translation>Dibuja un gráfico de un archivo CSV (o del ejemplo integrado) en SVG o PNG, como lo muestra Explorar.</translation>
        </message>
        <message>
            <source>hist, bars, box, scatter, corr (correlation heat map) or assoc (association with the target).</source>
            <translation>hist, bars, box, scatter, corr (mapa de calor de correlaciones) o assoc (asociación con el objetivo).</translation>
        </message>
        <message>
            <source>The column to plot (scatter: x).</source>
            <translation>La columna que representar (scatter: x).</translation>
        </message>
        <message>
            <source>scatter: the y column; other kinds: a two-valued column that splits and colours the chart (default: --target).</source>
            <translation>scatter: la columna y; otros tipos: una columna de dos valores que divide y colorea el gráfico (por defecto: --target).</translation>
        </message>
        <message>
            <source>The target column.</source>
            <translation>La columna objetivo.</translation>
        </message>
        <message>
            <source>The target's positive class.</source>
            <translation>La clase positiva del objetivo.</translation>
        </message>
        <message>
            <source>corr: pearson (default) or spearman.</source>
            <translation>corr: pearson (por defecto) o spearman.</translation>
        </message>
        <message>
            <source>Output file, .svg or .png.</source>
            <translation>Archivo de salida, .svg o .png.</translation>
        </message>
        <message>
            <source>Width x height in pixels (default 900x600).</source>
            <translation>Ancho x alto en píxeles (por defecto 900x600).</translation>
        </message>
        <message>
            <source>Plot the built-in sample data.</source>
            <translation>Representar los datos de ejemplo integrados.</translation>
        </message>
        <message>
            <source>--kind must be one of hist, bars, box, scatter, corr, assoc</source>
            <translation>--kind debe ser hist, bars, box, scatter, corr o assoc</translation>
        </message>
        <message>
            <source>say where to write with -o OUT.svg or -o OUT.png</source>
            <translation>indique dónde escribir con -o SALIDA.svg o -o SALIDA.png</translation>
        </message>
        <message>
            <source>--size must be WIDTHxHEIGHT, e.g. 900x600</source>
            <translation>--size debe ser ANCHOxALTO, p. ej. 900x600</translation>
        </message>
        <message>
            <source>plot takes one FILE (or --sample); see --help</source>
            <translation>plot espera un ARCHIVO (o --sample); vea --help</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>ejemplo</translation>
        </message>
        <message>
            <source>Target %1: positive class “%2”, %3 positive, %4 negative</source>
            <translation>Objetivo %1: clase positiva «%2», %3 positivos, %4 negativos</translation>
        </message>
        <message>
            <source>Findings (%1)</source>
            <translation>Hallazgos (%1)</translation>
        </message>
        <message>
            <source>Target column: adds target checks and each column's association with it.</source>
            <translation>Columna objetivo: añade comprobaciones del objetivo y la asociación de cada columna con él.</translation>
        </message>
        <message>
            <source>The target's positive class (default: guessed, e.g. Yes or 1).</source>
            <translation>La clase positiva del objetivo (por defecto: estimada, p. ej. Yes o 1).</translation>
        </message>
        <message>
            <source>plotting needs churnlab-cli-plot beside churnlab-cli; it is not installed</source>
            <translation>para dibujar se necesita churnlab-cli-plot junto a churnlab-cli; no está instalado</translation>
        </message>
        <message>
            <source>cannot start %1: %2</source>
            <translation>no se puede iniciar %1: %2</translation>
        </message>
        <message>
            <source>Training CSV file.</source>
            <translation>Archivo CSV de entrenamiento.</translation>
        </message>
        <message>
            <source>Target column (two values).</source>
            <translation>Columna objetivo (dos valores).</translation>
        </message>
        <message>
            <source>The target's positive class (default: guessed).</source>
            <translation>La clase positiva del objetivo (por defecto: estimada).</translation>
        </message>
        <message>
            <source>A separate test CSV file, used untouched.</source>
            <translation>Un archivo CSV de prueba aparte, usado sin tocar.</translation>
        </message>
        <message>
            <source>Stratified holdout share when no --test (default 0.2).</source>
            <translation>Proporción de la retención estratificada sin --test (por defecto 0.2).</translation>
        </message>
        <message>
            <source>Seed of the split (default 42).</source>
            <translation>Semilla de la división (por defecto 42).</translation>
        </message>
        <message>
            <source>Decision threshold for accuracy, precision, recall, F1 (default 0.5).</source>
            <translation>Umbral de decisión para exactitud, precisión, exhaustividad y F1 (por defecto 0.5).</translation>
        </message>
        <message>
            <source>Inverse L2 strength of lr, as scikit-learn's C (default 1).</source>
            <translation>Inversa de la fuerza L2 de lr, como la C de scikit-learn (por defecto 1).</translation>
        </message>
        <message>
            <source>Trains churn models on a CSV file and prints a leaderboard of test-set metrics. Models: lr (logistic regression), tree (decision tree), rf (random forest), gbt (gradient boosting), nb (naive Bayes), mlp (neural network).</source>
            <translation>Entrena modelos de abandono con un archivo CSV e imprime una clasificación de métricas de prueba. Modelos: lr (regresión logística), tree (árbol de decisión), rf (bosque aleatorio), gbt (gradient boosting), nb (naive Bayes), mlp (red neuronal).</translation>
        </message>
        <message>
            <source>A hyperparameter, MODEL.NAME=VALUE (repeatable), e.g. rf.trees=300 or lr.penalty=l1; see --list-models for names and defaults.</source>
            <translation>Un hiperparámetro, MODELO.NOMBRE=VALOR (repetible), p. ej. rf.trees=300 o lr.penalty=l1; --list-models muestra nombres y valores por defecto.</translation>
        </message>
        <message>
            <source>Print the models with their hyperparameters and defaults.</source>
            <translation>Imprimir los modelos con sus hiperparámetros y valores por defecto.</translation>
        </message>
        <message>
            <source>Per-column roles and transforms, a JSON file as the Features tab saves it.</source>
            <translation>Roles y transformaciones por columna, un archivo JSON como lo guarda la pestaña Variables.</translation>
        </message>
        <message>
            <source>Comma-separated models (default %1).</source>
            <translation>Modelos separados por comas (predeterminado %1).</translation>
        </message>
        <message>
            <source>Stratified k-fold cross-validation on DATA instead of one holdout; metrics pool every row's out-of-fold score, and each fold's values give the spread.</source>
            <translation>Validación cruzada estratificada de k pliegues sobre DATOS en lugar de un holdout; las métricas reúnen la puntuación fuera de pliegue de cada fila, y los valores de cada pliegue dan la dispersión.</translation>
        </message>
        <message>
            <source>Leave out (and count) the few rows whose target is neither class, instead of refusing the file.</source>
            <translation>Omitir (y contar) las pocas filas cuyo objetivo no es ninguna de las dos clases, en lugar de rechazar el archivo.</translation>
        </message>
        <message>
            <source>--test-fraction must be between 0 and 1</source>
            <translation>--test-fraction debe estar entre 0 y 1</translation>
        </message>
        <message>
            <source>--seed must be a whole number</source>
            <translation>--seed debe ser un número entero</translation>
        </message>
        <message>
            <source>--threshold must be between 0 and 1</source>
            <translation>--threshold debe estar entre 0 y 1</translation>
        </message>
        <message>
            <source>--folds must be a whole number from 2 to 50</source>
            <translation>--folds debe ser un número entero de 2 a 50</translation>
        </message>
        <message>
            <source>use either --folds or --test, not both</source>
            <translation>use --folds o --test, no ambos</translation>
        </message>
        <message>
            <source>--c must be a positive number</source>
            <translation>--c debe ser un número positivo</translation>
        </message>
        <message>
            <source>--param “%1” is not of the form MODEL.NAME=VALUE</source>
            <translation>--param «%1» no tiene la forma MODELO.NOMBRE=VALOR</translation>
        </message>
        <message>
            <source>--param names model “%1”, which is not in --models</source>
            <translation>--param nombra el modelo «%1», que no está en --models</translation>
        </message>
        <message>
            <source>%1-fold stratified cross-validation on %2 rows: metrics from every row's out-of-fold score</source>
            <translation>Validación cruzada estratificada de %1 pliegues sobre %2 filas: métricas de la puntuación fuera de pliegue de cada fila</translation>
        </message>
        <message>
            <source>Target %1 (positive “%2”): %3 training rows, %4 test rows, %5 features</source>
            <translation>Objetivo %1 (positivo «%2»): %3 filas de entrenamiento, %4 filas de prueba, %5 variables</translation>
        </message>
        <message>
            <source>model</source>
            <translation>modelo</translation>
        </message>
        <message>
            <source>AUC</source>
            <translation>AUC</translation>
        </message>
        <message>
            <source>PR AUC</source>
            <translation>AUC PR</translation>
        </message>
        <message>
            <source>log loss</source>
            <translation>pérdida log</translation>
        </message>
        <message>
            <source>Brier</source>
            <translation>Brier</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>exactitud</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>train s</source>
            <translation>entren. s</translation>
        </message>
        <message>
            <source>Accept only bundles signed by this public key (keygen's .pub).</source>
            <translation>Aceptar solo paquetes firmados con esta clave pública (.pub de keygen).</translation>
        </message>
        <message>
            <source>Makes an Ed25519 key pair for signing bundles: FILE (secret, readable by you only) and FILE.pub (public, for --trusted-key).</source>
            <translation>Crea un par de claves Ed25519 para firmar paquetes: ARCHIVO (secreta, solo legible por usted) y ARCHIVO.pub (pública, para --trusted-key).</translation>
        </message>
        <message>
            <source>Secret key file to write.</source>
            <translation>Archivo de la clave secreta que se escribe.</translation>
        </message>
        <message>
            <source>keygen takes -o FILE; see --help</source>
            <translation>keygen requiere -o ARCHIVO; vea --help</translation>
        </message>
        <message>
            <source>Wrote %1 (secret) and %1.pub (public), key %2</source>
            <translation>Escritos %1 (secreta) y %1.pub (pública), clave %2</translation>
        </message>
        <message>
            <source>Model bundle (.clb).</source>
            <translation>Paquete de modelo (.clb).</translation>
        </message>
        <message>
            <source>bundle takes info|verify BUNDLE; see --help</source>
            <translation>bundle requiere info|verify PAQUETE; vea --help</translation>
        </message>
        <message>
            <source>%1: sound (%2, %3)</source>
            <translation>%1: correcto (%2, %3)</translation>
        </message>
        <message>
            <source>unsigned</source>
            <translation>sin firmar</translation>
        </message>
        <message>
            <source>Model:     %1 (%2), made by ChurnLab %3 on %4</source>
            <translation>Modelo:    %1 (%2), creado por ChurnLab %3 el %4</translation>
        </message>
        <message>
            <source>Data:      %1, %2 rows, SHA-256 %3</source>
            <translation>Datos:     %1, %2 filas, SHA-256 %3</translation>
        </message>
        <message>
            <source>Target:    %1 = %2; threshold %3</source>
            <translation>Objetivo:  %1 = %2; umbral %3</translation>
        </message>
        <message>
            <source>Test AUC:  %1</source>
            <translation>AUC prueba: %1</translation>
        </message>
        <message>
            <source>Signature: %1</source>
            <translation>Firma:     %1</translation>
        </message>
        <message>
            <source>Writes a bundle's pipeline and model as one ONNX graph of standard operators (IR 8; opsets ai.onnx 17, ai.onnx.ml 3): one input per column, outputs probability and label. Any ONNX runtime can then score it.</source>
            <translation>Escribe el canal y el modelo de un paquete como un grafo ONNX de operadores estándar (IR 8; opsets ai.onnx 17, ai.onnx.ml 3): una entrada por columna, salidas probability y label. Cualquier entorno ONNX puede puntuarlo.</translation>
        </message>
        <message>
            <source>ONNX file to write.</source>
            <translation>Archivo ONNX que se escribe.</translation>
        </message>
        <message>
            <source>export-onnx takes BUNDLE OUTPUT; see --help</source>
            <translation>export-onnx requiere PAQUETE SALIDA; vea --help</translation>
        </message>
        <message>
            <source>Wrote %1 (%2)</source>
            <translation>Escrito %1 (%2)</translation>
        </message>
        <message>
            <source>Scores every row of a CSV file with a model bundle and writes the ID column (if any), kept columns, the churn probability and the label at the bundle's threshold. A missing column is an error; other types are converted and unseen categories scored as rare ones, both counted (--strict makes them errors).</source>
            <translation>Puntúa cada fila de un archivo CSV con un paquete de modelo y escribe la columna ID (si la hay), las columnas conservadas, la probabilidad de abandono y la etiqueta en el umbral del paquete. Una columna que falta es un error; otros tipos se convierten y las categorías no vistas se puntúan como raras, ambas contadas (--strict las convierte en errores).</translation>
        </message>
        <message>
            <source>CSV file to score.</source>
            <translation>Archivo CSV a puntuar.</translation>
        </message>
        <message>
            <source>Output CSV file.</source>
            <translation>Archivo CSV de salida.</translation>
        </message>
        <message>
            <source>Input columns to copy to the output.</source>
            <translation>Columnas de entrada que se copian a la salida.</translation>
        </message>
        <message>
            <source>Refuse values that do not convert and unseen categories, naming the row and column.</source>
            <translation>Rechazar valores que no se convierten y categorías no vistas, indicando fila y columna.</translation>
        </message>
        <message>
            <source>Score only shard i of N (rows in N equal ranges; shards 0…N−1 together score every row once).</source>
            <translation>Puntuar solo la parte i de N (filas en N rangos iguales; las partes 0…N−1 juntas puntúan cada fila una vez).</translation>
        </message>
        <message>
            <source>Print a JSON summary.</source>
            <translation>Imprimir un resumen JSON.</translation>
        </message>
        <message>
            <source>--shard must be i/N with 0 ≤ i &lt; N</source>
            <translation>--shard debe ser i/N con 0 ≤ i &lt; N</translation>
        </message>
        <message>
            <source>Scored %1 rows in %2 s (%3 rows/s); %4 flagged at threshold %5</source>
            <translation>%1 filas puntuadas en %2 s (%3 filas/s); %4 marcadas con umbral %5</translation>
        </message>
        <message>
            <source>Write the best model (by test AUC) as a verified bundle (.clb).</source>
            <translation>Escribir el mejor modelo (por AUC de prueba) como paquete verificado (.clb).</translation>
        </message>
        <message>
            <source>With --export: the model to export instead of the best.</source>
            <translation>Con --export: el modelo a exportar en lugar del mejor.</translation>
        </message>
        <message>
            <source>With --export: sign the bundle with this secret key (keygen).</source>
            <translation>Con --export: firmar el paquete con esta clave secreta (keygen).</translation>
        </message>
        <message>
            <source>--export-model “%1” was not trained</source>
            <translation>--export-model «%1» no se entrenó</translation>
        </message>
        <message>
            <source>Exported %1 (%2) to %3</source>
            <translation>%1 (%2) exportado a %3</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>firmado</translation>
        </message>
        <message>
            <source>The .churnlab file.</source>
            <translation>El archivo .churnlab.</translation>
        </message>
        <message>
            <source>en, de or es (default: the app's language setting, else the system's).</source>
            <translation>en, de o es (por defecto: el idioma de la aplicación, si no el del sistema).</translation>
        </message>
        <message>
            <source>%1 takes PROJECT and -o FILE; see --help</source>
            <translation>%1 requiere PROYECTO y -o ARCHIVO; vea --help</translation>
        </message>
        <message>
            <source>warning: %1 The report leaves out what needs the data.</source>
            <translation>aviso: %1 El informe omite lo que necesita los datos.</translation>
        </message>
        <message>
            <source>Writes a project's report as a paginated A4 PDF.</source>
            <translation>Escribe el informe de un proyecto como PDF A4 paginado.</translation>
        </message>
        <message>
            <source>The model the report speaks of (default: the project's choice, else the best by test AUC).</source>
            <translation>El modelo del que trata el informe (por defecto: el elegido en el proyecto, si no el mejor por AUC de prueba).</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>El archivo PDF que escribir.</translation>
        </message>
        <message>
            <source>the project has no model “%1”</source>
            <translation>el proyecto no tiene el modelo «%1»</translation>
        </message>
        <message>
            <source>Exports a project's ML Canvas as a one-page landscape PDF, or PNG.</source>
            <translation>Exporta el ML Canvas de un proyecto como PDF apaisado de una página o PNG.</translation>
        </message>
        <message>
            <source>The .pdf or .png file to write.</source>
            <translation>El archivo .pdf o .png que escribir.</translation>
        </message>
        <message>
            <source>Creates a project (.churnlab) on a CSV file with a target, ready to train.</source>
            <translation>Crea un proyecto (.churnlab) sobre un archivo CSV con un objetivo, listo para entrenar.</translation>
        </message>
        <message>
            <source>The training CSV file.</source>
            <translation>El archivo CSV de entrenamiento.</translation>
        </message>
        <message>
            <source>Comma-separated learners the project trains (default %1).</source>
            <translation>Algoritmos separados por comas que entrena el proyecto (por defecto %1).</translation>
        </message>
        <message>
            <source>The project's name (default: the file's).</source>
            <translation>El nombre del proyecto (por defecto: el del archivo).</translation>
        </message>
        <message>
            <source>The project file to write.</source>
            <translation>El archivo de proyecto que escribir.</translation>
        </message>
        <message>
            <source>%1 has no column “%2”</source>
            <translation>%1 no tiene la columna «%2»</translation>
        </message>
        <message>
            <source>Created %1: %2 rows × %3 columns of %4, target %5</source>
            <translation>Creado %1: %2 filas × %3 columnas de %4, objetivo %5</translation>
        </message>
        <message>
            <source>Project %1 (%2)</source>
            <translation>Proyecto %1 (%2)</translation>
        </message>
        <message>
            <source>Data: %1, %2 rows × %3 columns, SHA-256 %4</source>
            <translation>Datos: %1, %2 filas × %3 columnas, SHA-256 %4</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Aviso: %1</translation>
        </message>
        <message>
            <source>Target: %1 (positive “%2”); threshold %3; learners %4</source>
            <translation>Objetivo: %1 (positiva «%2»); umbral %3; algoritmos %4</translation>
        </message>
        <message>
            <source>No models trained yet (churnlab-cli project train).</source>
            <translation>Aún no hay modelos entrenados (churnlab-cli project train).</translation>
        </message>
        <message>
            <source>Describes a project: its data, settings and models.</source>
            <translation>Describe un proyecto: sus datos, ajustes y modelos.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Imprimir JSON.</translation>
        </message>
        <message>
            <source>project info takes PROJECT; see --help</source>
            <translation>project info requiere PROYECTO; vea --help</translation>
        </message>
        <message>
            <source>Trains a project's models with its own settings and saves them into it.</source>
            <translation>Entrena los modelos de un proyecto con sus propios ajustes y los guarda en él.</translation>
        </message>
        <message>
            <source>Comma-separated learners (default: the project's).</source>
            <translation>Algoritmos separados por comas (por defecto: los del proyecto).</translation>
        </message>
        <message>
            <source>project train takes PROJECT; see --help</source>
            <translation>project train requiere PROYECTO; vea --help</translation>
        </message>
        <message>
            <source>unknown model “%1”; see churnlab-cli train --list-models</source>
            <translation>modelo desconocido «%1»; vea churnlab-cli train --list-models</translation>
        </message>
        <message>
            <source>%1: %2 current rows against %3 training rows</source>
            <translation>%1: %2 filas actuales frente a %3 de entrenamiento</translation>
        </message>
        <message>
            <source>test</source>
            <translation>prueba</translation>
        </message>
        <message>
            <source>statistic</source>
            <translation>estadístico</translation>
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
            <translation>importancia</translation>
        </message>
        <message>
            <source>verdict</source>
            <translation>veredicto</translation>
        </message>
        <message>
            <source>new: %1</source>
            <translation>nuevas: %1</translation>
        </message>
        <message>
            <source>%1 out of range</source>
            <translation>%1 fuera de rango</translation>
        </message>
        <message>
            <source>missing %1 % → %2 %</source>
            <translation>faltantes %1 % → %2 %</translation>
        </message>
        <message>
            <source>DRIFT</source>
            <translation>DERIVA</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>%1: missing from the current data</source>
            <translation>%1: falta en los datos actuales</translation>
        </message>
        <message>
            <source>scores: %1 %2, PSI %3 — %4</source>
            <translation>puntuaciones: %1 %2, PSI %3 — %4</translation>
        </message>
        <message>
            <source>live ROC AUC %1 (offline %2), PR AUC %3 (offline %4)</source>
            <translation>ROC AUC en vivo %1 (offline %2), PR AUC %3 (offline %4)</translation>
        </message>
        <message>
            <source>Compares current data (a CSV file, or a scoring service's request log .jsonl) with the training data a bundle describes: per column PSI, Kolmogorov–Smirnov or chi-square, Jensen–Shannon or Wasserstein, schema violations, drift of the scores, and live metrics when the data has the target.</source>
            <translation>Compara datos actuales (un archivo CSV o el registro de peticiones .jsonl de un servicio de puntuación) con los datos de entrenamiento que describe un paquete: por columna PSI, Kolmogórov-Smirnov o chi cuadrado, Jensen-Shannon o Wasserstein, infracciones del esquema, deriva de las puntuaciones y métricas en vivo si los datos tienen el objetivo.</translation>
        </message>
        <message>
            <source>The model bundle (.clb).</source>
            <translation>El paquete del modelo (.clb).</translation>
        </message>
        <message>
            <source>Current data: CSV, or a request log (.jsonl).</source>
            <translation>Datos actuales: CSV o un registro de peticiones (.jsonl).</translation>
        </message>
        <message>
            <source>Exit with code 3 when drift is found.</source>
            <translation>Salir con código 3 si se encuentra deriva.</translation>
        </message>
        <message>
            <source>Also write one row per column to this CSV file.</source>
            <translation>Escribir además una fila por columna en este archivo CSV.</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>no se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>started (UTC)</source>
            <translation>inicio (UTC)</translation>
        </message>
        <message>
            <source>learner</source>
            <translation>algoritmo</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>data</source>
            <translation>datos</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>etiquetas</translation>
        </message>
        <message>
            <source>Where runs are recorded: a SQLite file, postgresql://user:pw@host:port/db, or off (default: $CHURNLAB_TRACKING, else ~/.local/share/ChurnLab/runs.sqlite).</source>
            <translation>Dónde se registran las ejecuciones: un archivo SQLite, postgresql://user:pw@host:port/db u off (por defecto: $CHURNLAB_TRACKING, si no ~/.local/share/ChurnLab/runs.sqlite).</translation>
        </message>
        <message>
            <source>Only this experiment's runs.</source>
            <translation>Solo las ejecuciones de este experimento.</translation>
        </message>
        <message>
            <source>tracking is off (CHURNLAB_TRACKING=off)</source>
            <translation>el registro está desactivado (CHURNLAB_TRACKING=off)</translation>
        </message>
        <message>
            <source>field</source>
            <translation>campo</translation>
        </message>
        <message>
            <source>run %1</source>
            <translation>ejecución %1</translation>
        </message>
        <message>
            <source>The training runs ChurnLab recorded: runs list, runs show ID, runs diff A B, runs tag ID TAG (champion is one run per experiment), runs untag ID TAG, runs export --mlflow DIR.</source>
            <translation>Las ejecuciones de entrenamiento registradas por ChurnLab: runs list, runs show ID, runs diff A B, runs tag ID ETIQUETA (champion es una ejecución por experimento), runs untag ID ETIQUETA, runs export --mlflow CARPETA.</translation>
        </message>
        <message>
            <source>list, show, diff, tag, untag or export.</source>
            <translation>list, show, diff, tag, untag o export.</translation>
        </message>
        <message>
            <source>runs export: write MLflow's file-store layout here.</source>
            <translation>runs export: escribir aquí la estructura de archivos de MLflow.</translation>
        </message>
        <message>
            <source>runs export takes --mlflow DIR</source>
            <translation>runs export requiere --mlflow CARPETA</translation>
        </message>
        <message>
            <source>%1 run(s) written to %2 (mlflow ui --backend-store-uri %2)</source>
            <translation>%1 ejecución(es) escrita(s) en %2 (mlflow ui --backend-store-uri %2)</translation>
        </message>
        <message>
            <source>runs takes list, show ID, diff A B, tag ID TAG, untag ID TAG or export --mlflow DIR; see --help</source>
            <translation>runs requiere list, show ID, diff A B, tag ID ETIQUETA, untag ID ETIQUETA o export --mlflow CARPETA; vea --help</translation>
        </message>
        <message>
            <source>Add a drift section: this current data (CSV or request log .jsonl) against the report's model.</source>
            <translation>Añadir una sección de deriva: estos datos actuales (CSV o registro de peticiones .jsonl) frente al modelo del informe.</translation>
        </message>
        <message>
            <source>--drift needs a trained model</source>
            <translation>--drift necesita un modelo entrenado</translation>
        </message>
        <message>
            <source>Version:   %1</source>
            <translation>Versión:   %1</translation>
        </message>
        <message>
            <source>Retrains a deployed model (the champion) with its exact settings on new data, judges both on a holdout of the new rows, and writes the new model (the challenger) as the next version of the bundle only if it wins: ROC AUC up by the margin, or a lower expected cost, without worse calibration. Both runs and the decision are tracked.</source>
            <translation>Reentrena un modelo desplegado (el campeón) con su misma configuración sobre datos nuevos, juzga ambos con una reserva de las filas nuevas y escribe el modelo nuevo (el aspirante) como la versión siguiente del paquete solo si gana: ROC AUC mayor en el margen, o menor coste esperado, sin peor calibración. Se registran ambas ejecuciones y la decisión.</translation>
        </message>
        <message>
            <source>The champion bundle (.clb).</source>
            <translation>El paquete del campeón (.clb).</translation>
        </message>
        <message>
            <source>New labelled data (CSV) with the champion's columns.</source>
            <translation>Datos nuevos etiquetados (CSV) con las columnas del campeón.</translation>
        </message>
        <message>
            <source>Train on this old data with the new rows appended, instead of the new alone.</source>
            <translation>Entrenar con estos datos antiguos más las filas nuevas, en lugar de solo con las nuevas.</translation>
        </message>
        <message>
            <source>Where a promoted model goes (default: over BUNDLE, so a churnlab-serve watching it reloads).</source>
            <translation>Dónde va un modelo promovido (por defecto: sobre BUNDLE, para que un churnlab-serve que lo vigile lo recargue).</translation>
        </message>
        <message>
            <source>Share of the new rows held out to judge both (default 0.2).</source>
            <translation>Proporción de filas nuevas reservada para juzgar ambos (por defecto 0.2).</translation>
        </message>
        <message>
            <source>ROC AUC the challenger must gain (default 0.005).</source>
            <translation>ROC AUC que debe ganar el aspirante (por defecto 0.005).</translation>
        </message>
        <message>
            <source>Expected cost per customer the challenger must save instead (default 0: any saving).</source>
            <translation>En su lugar: coste esperado por cliente que debe ahorrar el aspirante (por defecto 0: cualquier ahorro).</translation>
        </message>
        <message>
            <source>How much worse the calibration error may be (default 0.01).</source>
            <translation>Cuánto peor puede ser el error de calibración (por defecto 0.01).</translation>
        </message>
        <message>
            <source>Decide and report, but write no bundle.</source>
            <translation>Decidir e informar, pero no escribir ningún paquete.</translation>
        </message>
        <message>
            <source>Exit with code 4 when the champion is kept.</source>
            <translation>Salir con código 4 cuando se mantiene al campeón.</translation>
        </message>
        <message>
            <source>Sign the new bundle with this secret key (keygen).</source>
            <translation>Firmar el paquete nuevo con esta clave secreta (keygen).</translation>
        </message>
        <message>
            <source>--%1 must be a number</source>
            <translation>--%1 debe ser un número</translation>
        </message>
        <message>
            <source>%1 retrained on %2 rows; both judged on %3 held-out new rows</source>
            <translation>%1 reentrenado con %2 filas; ambos juzgados con %3 filas nuevas reservadas</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>coste</translation>
        </message>
        <message>
            <source>ECE</source>
            <translation>ECE</translation>
        </message>
        <message>
            <source>champion (v%1)</source>
            <translation>campeón (v%1)</translation>
        </message>
        <message>
            <source>challenger (v%1)</source>
            <translation>aspirante (v%1)</translation>
        </message>
        <message>
            <source>Wrote version %1 to %2</source>
            <translation>Versión %1 escrita en %2</translation>
        </message>
        <message>
            <source>Excel workbooks: the sheet to read, by name or number (default: the first visible sheet).</source>
            <translation>Libros de Excel: la hoja que leer, por nombre o número (por defecto: la primera hoja visible).</translation>
        </message>
        <message>
            <source>More texts that mean missing, comma-separated (repeatable).</source>
            <translation>Más textos que significan ausente, separados por comas (repetible).</translation>
        </message>
        <message>
            <source>Only blanks and --na-values mean missing, not the default tokens (NA, N/A, null, #N/A, None, …).</source>
            <translation>Solo las celdas en blanco y --na-values significan ausente, no los textos por defecto (NA, N/A, null, #N/A, None, …).</translation>
        </message>
        <message>
            <source>The line that holds the column names (1-based); lines above it (titles, notes) are skipped.</source>
            <translation>La línea con los nombres de columna (desde 1); se omiten las líneas de encima (títulos, notas).</translation>
        </message>
        <message>
            <source>Leave out this many rows right below the header (a description row).</source>
            <translation>Omitir tantas filas justo debajo de la cabecera (una fila de descripción).</translation>
        </message>
        <message>
            <source>Read values grouped with this thousands separator as numbers (, or .), e.g. "1,234.50".</source>
            <translation>Leer como números los valores agrupados con este separador de miles (, o .), p. ej. "1,234.50".</translation>
        </message>
        <message>
            <source>--%1 must be a whole number</source>
            <translation>--%1 debe ser un número entero</translation>
        </message>
        <message>
            <source>--thousands must be one of , . ' or a space</source>
            <translation>--thousands debe ser , . ' o un espacio</translation>
        </message>
        <message>
            <source>Excel workbook, sheet “%1”</source>
            <translation>Libro de Excel, hoja «%1»</translation>
        </message>
        <message>
            <source>Reads a CSV file or an Excel workbook's sheet and reports its dialect, size, and each column's type and profile.</source>
            <translation>Lee un archivo CSV o una hoja de un libro de Excel e informa de su dialecto, su tamaño y el tipo y perfil de cada columna.</translation>
        </message>
        <message>
            <source>Add each row's K largest contributions (reason_i and reason_i_contribution, per source column): exact for trees and logistic regression, an estimate for the others.</source>
            <translation>Añadir las K mayores contribuciones de cada fila (reason_i y reason_i_contribution, por columna de origen): exactas para árboles y regresión logística, una estimación para los demás.</translation>
        </message>
        <message>
            <source>--explain takes a count K ≥ 1</source>
            <translation>--explain requiere un número K ≥ 1</translation>
        </message>
        <message>
            <source>Reasons: %1 on the %2, from an expected %3</source>
            <translation>Motivos: %1 en la escala %2, desde un valor esperado %3</translation>
        </message>
        <message>
            <source>info: what a model bundle holds (model, data, target, threshold, metrics, members). verify: checks the archive, every member's checksum, the signature and that schema, pipeline and model agree; exit 0 when it is sound. A broken signature fails even without --trusted-key; only a trusted key says who signed.</source>
            <translation>info: lo que contiene un paquete de modelo (modelo, datos, objetivo, umbral, métricas, miembros). verify: comprueba el archivo, la suma de cada miembro, la firma y que esquema, pipeline y modelo concuerdan; sale con 0 si está sano. Una firma rota falla incluso sin --trusted-key; solo una clave de confianza dice quién firmó.</translation>
        </message>
        <message>
            <source>verify: fail (exit 1) when the bundle is not signed, as a deploy pipeline wants; with --trusted-key, signed by that key.</source>
            <translation>verify: fallar (salida 1) si el paquete no está firmado, como quiere un pipeline de despliegue; con --trusted-key, firmado por esa clave.</translation>
        </message>
        <message>
            <source>%1: not signed, and --require-signature was given</source>
            <translation>%1: sin firmar, y se indicó --require-signature</translation>
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
            <translation>Uso: churnlab-cli ORDEN [opciones]

Órdenes:
  inspect FILE    Dialecto detectado, número de filas y columnas, tipo y perfil de cada columna
  inspect --sample  Lo mismo para el conjunto de ejemplo integrado
  sample -o FILE  Escribir el conjunto de ejemplo integrado como CSV
  plot FILE --kind hist|bars|box|scatter|corr|assoc -o OUT.svg|.png
                  Dibujar un gráfico sin pantalla (vea churnlab-cli plot --help)
  train DATA --target COLUMN [--models lr,tree,rf,gbt,nb,mlp]
        [--test FILE | --test-fraction F | --folds K] [--features FILE] [--json]
                  Entrenar modelos de bajas e imprimir una clasificación (--export FILE.clb)
  score BUNDLE INPUT -o OUTPUT [--keep COLS] [--strict] [--shard i/N] [--explain K]
                  Puntuar un archivo CSV con un modelo exportado
  bundle info|verify BUNDLE [--json] [--trusted-key PUB]
                  Mostrar o comprobar un paquete de modelo
  keygen -o FILE  Crear un par de claves para firmar paquetes
  export-onnx BUNDLE OUT.onnx  Escribir el modelo como grafo ONNX
  runs list | show ID | tag ID champion [--json] [--tracking STORE]
                  Las ejecuciones de entrenamiento registradas (SQLite, o PostgreSQL para un equipo)
  drift BUNDLE CURRENT.csv|requests.jsonl [--json] [--fail-on-drift]
                  Comparar datos actuales con los de entrenamiento del modelo (salida 3: deriva)
  fairness BUNDLE DATA --sensitive COLUMN [--edges 30,45,60] [--json]
                  Comparar los errores del modelo entre los grupos de una columna sensible
  automl DATA --target COLUMN [--budget 120] [--metric auc|cost] [--json]
                  Buscar algoritmos e hiperparámetros dentro de un presupuesto de tiempo
  retrain BUNDLE NEW.csv [--append OLD.csv] [-o NEXT.clb] [--margin 0.005] [--json]
                  Reentrenar el campeón con datos nuevos; promover solo si gana
  project new DATA --target COLUMN -o P.churnlab | info P | train P [--models …]
                  Crear, describir y entrenar un proyecto
  project export P [--model ID] -o OUT.clb|OUT.onnx
                  Exportar un modelo del proyecto con el umbral y los costes del proyecto
  report P.churnlab -o REPORT.pdf  Escribir el informe del proyecto como PDF
  canvas P.churnlab -o CANVAS.pdf|.png  Exportar el ML Canvas del proyecto

'churnlab-cli ORDEN --help' muestra las opciones de una orden.
Opciones: --help, --version
</translation>
        </message>
        <message>
            <source>A separate test file, read with the same options as DATA.</source>
            <translation>Un archivo de prueba aparte, leído con las mismas opciones que DATA.</translation>
        </message>
        <message>
            <source>Seed of the split and the models.</source>
            <translation>Semilla de la partición y de los modelos.</translation>
        </message>
        <message>
            <source>--seed takes a whole number</source>
            <translation>--seed espera un número entero</translation>
        </message>
        <message>
            <source>No test file %1</source>
            <translation>No existe el archivo de prueba %1</translation>
        </message>
        <message>
            <source>Exports one of a project's models as a bundle, or as ONNX when the output ends in .onnx, deciding with the project's threshold and costs.</source>
            <translation>Exporta uno de los modelos de un proyecto como bundle, o como ONNX si la salida termina en .onnx, decidiendo con el umbral y los costes del proyecto.</translation>
        </message>
        <message>
            <source>The model's id (see project info; default: the chosen one).</source>
            <translation>El id del modelo (véase project info; por defecto: el elegido).</translation>
        </message>
        <message>
            <source>The bundle (.clb) or ONNX file to write.</source>
            <translation>El archivo bundle (.clb) u ONNX que se escribe.</translation>
        </message>
        <message>
            <source>Sign the bundle with this secret key.</source>
            <translation>Firmar el bundle con esta clave secreta.</translation>
        </message>
        <message>
            <source>project export takes PROJECT and -o FILE; see --help</source>
            <translation>project export espera PROJECT y -o FILE; véase --help</translation>
        </message>
        <message>
            <source>Wrote %1 (model %2, threshold %3)
</source>
            <translation>Escrito %1 (modelo %2, umbral %3)
</translation>
        </message>
        <message>
            <source>Train on the columns that leak the outcome too (by default they are left out and named).</source>
            <translation>Entrenar también con las columnas que filtran el resultado (por defecto se dejan fuera y se nombran).</translation>
        </message>
        <message>
            <source>Association with the target (AUC of the column alone; categories out of fold)</source>
            <translation>Asociación con el objetivo (AUC de la columna sola; categorías fuera del pliegue)</translation>
        </message>
        <message>
            <source>   %1 levels, %2 rows each; in-sample AUC %3</source>
            <translation>   %1 niveles, %2 filas cada uno; AUC en la muestra %3</translation>
        </message>
        <message>
            <source>    warning: %1</source>
            <translation>    aviso: %1</translation>
        </message>
        <message>
            <source>Left out for leakage: %1</source>
            <translation>Dejadas fuera por fuga: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
        <message>
            <source>Read from a database instead of a file: postgresql://user@host:port/db, mysql://…, sqlite:///path/file.db or odbc://DSN. A password comes from CHURNLAB_DB_PASSWORD (or PGPASSWORD, ~/.pgpass) rather than the URL.</source>
            <translation>Leer de una base de datos en lugar de un archivo: postgresql://usuario@host:puerto/bd, mysql://…, sqlite:///ruta/archivo.db u odbc://DSN. La contraseña mejor en CHURNLAB_DB_PASSWORD (o PGPASSWORD, ~/.pgpass) que en la URL.</translation>
        </message>
        <message>
            <source>With --db: the table, e.g. sales.customers.</source>
            <translation>Con --db: la tabla, p. ej. sales.customers.</translation>
        </message>
        <message>
            <source>With --db: a SELECT to read.</source>
            <translation>Con --db: un SELECT que leer.</translation>
        </message>
        <message>
            <source>With --db: a file holding the SELECT.</source>
            <translation>Con --db: un archivo con el SELECT.</translation>
        </message>
        <message>
            <source>With --db: read at most N rows.</source>
            <translation>Con --db: leer como mucho N filas.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>Give --query or --query-file, not both.</source>
            <translation>Indique --query o --query-file, no ambos.</translation>
        </message>
        <message>
            <source>inspect takes one FILE (or --sample, or --db); see --help</source>
            <translation>inspect requiere un ARCHIVO (o --sample, o --db); vea --help</translation>
        </message>
        <message>
            <source>train takes DATA (or --db) and --target COLUMN; see --help</source>
            <translation>train requiere DATOS (o --db) y --target COLUMNA; vea --help</translation>
        </message>
        <message>
            <source>With --to: the table to write.</source>
            <translation>Con --to: la tabla que escribir.</translation>
        </message>
        <message>
            <source>With --to: replace the table (default) or append to it.</source>
            <translation>Con --to: reemplazar la tabla (predeterminado) o añadir a ella.</translation>
        </message>
        <message>
            <source>score takes BUNDLE INPUT (or --db) and -o OUTPUT (or --to URL --to-table T); see --help</source>
            <translation>score requiere BUNDLE ENTRADA (o --db) y -o SALIDA (o --to URL --to-table T); vea --help</translation>
        </message>
        <message>
            <source>--mode is replace or append</source>
            <translation>--mode es replace o append</translation>
        </message>
        <message>
            <source>drift takes BUNDLE and CURRENT (or --db); see --help</source>
            <translation>drift requiere BUNDLE y CURRENT (o --db); consulte --help</translation>
        </message>
        <message>
            <source>project new takes DATA (or --db), --target COLUMN and -o FILE; see --help</source>
            <translation>project new requiere DATA (o --db), --target COLUMNA y -o ARCHIVO; consulte --help</translation>
        </message>
        <message>
            <source>Reads a project's data again (its file, or its database query), says what changed and records the new fingerprint in the project.</source>
            <translation>Lee de nuevo los datos de un proyecto (su archivo o su consulta de base de datos), indica qué cambió y guarda la nueva huella en el proyecto.</translation>
        </message>
        <message>
            <source>project refresh takes PROJECT; see --help</source>
            <translation>project refresh requiere PROYECTO; consulte --help</translation>
        </message>
        <message>
            <source>%1 has changed: %2. The project now records it.</source>
            <translation>%1 ha cambiado: %2. El proyecto lo registra ahora.</translation>
        </message>
        <message>
            <source>%1 is unchanged (%2 rows × %3 columns).</source>
            <translation>%1 no ha cambiado (%2 filas × %3 columnas).</translation>
        </message>
        <message>
            <source>project takes new, info, refresh, train or export; e.g. churnlab-cli project info P.churnlab</source>
            <translation>project requiere new, info, refresh, train o export; p. ej. churnlab-cli project info P.churnlab</translation>
        </message>
        <message>
            <source>retrain takes BUNDLE and NEW (or --db); see --help</source>
            <translation>retrain requiere BUNDLE y NEW (o --db); consulte --help</translation>
        </message>
        <message>
            <source>Write the scores to a database instead of a file (PostgreSQL, MariaDB/MySQL, SQLite or ODBC; with --to-table), in one transaction.</source>
            <translation>Escribir las puntuaciones en una base de datos en lugar de un archivo (PostgreSQL, MariaDB/MySQL, SQLite u ODBC; con --to-table), en una transacción.</translation>
        </message>
        <message>
            <source>With --db: read N rows drawn at random (the server orders by random() before the limit).</source>
            <translation>Con --db: leer N filas tomadas al azar (el servidor ordena por random() antes del límite).</translation>
        </message>
        <message>
            <source>Give --limit or --sample-rows, not both.</source>
            <translation>Indique --limit o --sample-rows, no ambos.</translation>
        </message>
        <message>
            <source>--%1 takes a whole number of rows.</source>
            <translation>--%1 requiere un número entero de filas.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Desktop workbench for churn prediction.</source>
            <translation>Banco de trabajo de escritorio para predecir la pérdida de clientes.</translation>
        </message>
        <message>
            <source>Open the built-in sample data.</source>
            <translation>Abrir los datos de ejemplo integrados.</translation>
        </message>
        <message>
            <source>Save a PNG of the window once the data is shown, then quit.</source>
            <translation>Guardar un PNG de la ventana cuando se muestren los datos y salir.</translation>
        </message>
        <message>
            <source>Select this column at start (its profile is shown).</source>
            <translation>Seleccionar esta columna al inicio (se muestra su perfil).</translation>
        </message>
        <message>
            <source>Train the default models once the data is shown.</source>
            <translation>Entrenar los modelos por defecto en cuanto se muestren los datos.</translation>
        </message>
        <message>
            <source>Project (.churnlab) or CSV file to open.</source>
            <translation>Proyecto (.churnlab) o archivo CSV que abrir.</translation>
        </message>
        <message>
            <source>Start on this tab: canvas, data, explore, quality, features or model.</source>
            <translation>Empezar en esta pestaña: canvas, data, explore, quality, features o model.</translation>
        </message>
    </context>
    <context>
        <name>serve</name>
        <message>
            <source>Serves a ChurnLab model bundle over HTTP: the Open Inference Protocol v2 (KServe, Seldon, Triton clients), MLflow's /invocations, and /metrics.</source>
            <translation>Sirve un paquete de modelo de ChurnLab por HTTP: el Open Inference Protocol v2 (clientes de KServe, Seldon, Triton), /invocations de MLflow y /metrics.</translation>
        </message>
        <message>
            <source>Address (default 127.0.0.1).</source>
            <translation>Dirección (predeterminada 127.0.0.1).</translation>
        </message>
        <message>
            <source>Port (default 8080; 0 picks a free one).</source>
            <translation>Puerto (predeterminado 8080; 0 elige uno libre).</translation>
        </message>
        <message>
            <source>Require this bearer token (file's first line) on all but the health probes.</source>
            <translation>Exigir este token bearer (primera línea del archivo) en todo salvo las sondas de salud.</translation>
        </message>
        <message>
            <source>Largest request body in bytes (default 16 MiB).</source>
            <translation>Mayor cuerpo de solicitud en bytes (predeterminado 16 MiB).</translation>
        </message>
        <message>
            <source>Seconds a request may take to arrive (default 10).</source>
            <translation>Segundos que puede tardar en llegar una solicitud (predeterminado 10).</translation>
        </message>
        <message>
            <source>Most open connections (default 1024).</source>
            <translation>Máximo de conexiones abiertas (predeterminado 1024).</translation>
        </message>
        <message>
            <source>Append one JSON line per scoring request to this file.</source>
            <translation>Añadir una línea JSON por solicitud de puntuación a este archivo.</translation>
        </message>
        <message>
            <source>Rotate the request log beyond this size (default 100 MiB).</source>
            <translation>Rotar el registro de solicitudes a partir de este tamaño (predeterminado 100 MiB).</translation>
        </message>
        <message>
            <source>Also log the input values.</source>
            <translation>Registrar también los valores de entrada.</translation>
        </message>
        <message>
            <source>Serve only bundles signed by this public key.</source>
            <translation>Servir solo paquetes firmados con esta clave pública.</translation>
        </message>
        <message>
            <source>Threads that score requests (default: one per core).</source>
            <translation>Hilos que puntúan solicitudes (predeterminado: uno por núcleo).</translation>
        </message>
        <message>
            <source>Scoring requests running or waiting, beyond which the server answers 503 with Retry-After (default 64).</source>
            <translation>Solicitudes de puntuación en curso o en espera a partir de las cuales el servidor responde 503 con Retry-After (predeterminado 64).</translation>
        </message>
    </context>
</TS>