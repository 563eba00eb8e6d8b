export const id = 602;
export const ids = [602,658];
export const modules = {

/***/ 75602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportFleet: () => (/* binding */ reportFleet)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/manifest/outputs.ts

/** The `videos` output: video name -> its outputs under the single-video outputs' names. */
function videosOutput(records) {
    const entries = records.map(record => [
        record.name,
        {
            'project-id': record.projectId ?? '',
            'source-project-id': record.sourceProjectId,
            'content-hash': record.contentHash ?? '',
            'cache-hit': record.cacheHit ?? false,
            changes: record.changes ?? 0,
            'video-path': record.videoPath ?? '',
            'video-size': record.videoSize ?? 0,
            'video-sha256': record.videoSha256 ?? '',
            'download-url': record.downloadUrl ?? '',
            'artifact-url': record.artifactUrl ?? '',
            'asset-url': record.assetUrl ?? '',
            error: record.error === undefined ? '' : (0,errors/* messageOf */.b)(record.error)
        }
    ]);
    return JSON.stringify(Object.fromEntries(entries));
}
/** The `matrix` output, for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
function matrixOutput(names) {
    return JSON.stringify({ include: names.map(video => ({ video })) });
}

// EXTERNAL MODULE: ./src/render/wait.ts + 1 modules
var wait = __webpack_require__(32432);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(36338);
// EXTERNAL MODULE: ./src/action/summary.ts
var action_summary = __webpack_require__(38770);
;// CONCATENATED MODULE: ./src/action/fleet-summary.ts




/** The manifest run's job summary: a row per video, then each video's plan, collapsed. */
function fleetSummary(records, plans) {
    const rows = [
        ['Video', 'Status', 'Cache hit', 'Changes', 'Render time', 'Size', 'SHA-256', 'Links'],
        ...records.map(record => [
            (0,action_summary/* code */.aY)(record.name),
            statusOf(record),
            record.cacheHit === undefined ? '' : record.cacheHit ? 'yes' : 'no',
            record.changes === undefined ? '' : String(record.changes),
            record.renderMs === undefined ? '' : (0,wait/* seconds */.YA)(record.renderMs),
            record.videoSize === undefined ? '' : (0,format/* formatBytes */.z)(record.videoSize),
            record.videoSha256 ? (0,action_summary/* code */.aY)(record.videoSha256.slice(0, 12)) : '',
            links(record)
        ])
    ];
    const sections = records
        .filter(record => plans.get(record.name))
        .map(record => `<details><summary>Plan of ${(0,action_summary/* escapeHtml */.ZD)(record.name)}</summary>\n\n${plans.get(record.name) ?? ''}</details>\n`);
    return (0,action_summary/* heading */.R_)('AI Studios renders', 2) + (0,action_summary/* table */.tp)(rows) + sections.join('');
}
function statusOf(record) {
    if (record.status === 'failed')
        return `failed: ${(0,action_summary/* escapeHtml */.ZD)((0,errors/* messageOf */.b)(record.error))}`;
    if (record.status === 'dry-run')
        return record.needsExport ? 'dry-run: needs a render' : 'dry-run: no render needed';
    return (0,action_summary/* escapeHtml */.ZD)(record.status);
}
function links(record) {
    return [
        record.artifactUrl && (0,action_summary/* link */.nf)('artifact', record.artifactUrl),
        record.assetUrl && (0,action_summary/* link */.nf)('release asset', record.assetUrl),
        record.downloadUrl && (0,action_summary/* link */.nf)('AI Studios', record.downloadUrl)
    ]
        .filter(Boolean)
        .join(' · ');
}

// EXTERNAL MODULE: ./src/action/report.ts
var report = __webpack_require__(31658);
;// CONCATENATED MODULE: ./src/action/fleet-report.ts






/**
 * The outputs and summary of a manifest run; fails the step when any video failed, naming each failure and
 * the render it may be resumed from.
 */
async function reportFleet(runner, result) {
    const { records, plans, renders } = result;
    runner.output('videos', videosOutput(records));
    runner.output('matrix', matrixOutput(records.map(record => record.name)));
    const [only, ...others] = [...result.reports.values()];
    if (only && others.length === 0 && records.length === 1)
        (0,report.setResultOutputs)(runner, only);
    const plansHtml = new Map([...plans].map(([name, plan]) => [name, (0,report.planHtml)(plan)]));
    let summary = fleetSummary(records, plansHtml);
    const failed = records.filter(record => record.status === 'failed');
    if (failed.length > 0) {
        const rows = [['Video', 'Error', 'Resume with']];
        for (const record of failed) {
            const render = renders.get(record.name);
            const resumable = render !== undefined && !(record.error instanceof wait/* RenderFailedError */.Ao);
            const hint = resumable
                ? ` To download it without a new export, set \`resume-project-id: ${render}\` on video ${record.name} in the manifest.`
                : '';
            runner.error(`${record.name}: ${(0,errors/* messageOf */.b)(record.error)}${hint}`, record.error instanceof errors/* ActionError */.l ? record.error.details.location : undefined);
            rows.push([
                (0,action_summary/* code */.aY)(record.name),
                (0,action_summary/* escapeHtml */.ZD)((0,errors/* messageOf */.b)(record.error)),
                resumable ? (0,action_summary/* code */.aY)(`resume-project-id: ${render}`) : ''
            ]);
        }
        const names = failed.map(record => record.name).join(', ');
        runner.log(`${failed.length} of ${records.length} videos failed: ${names}.`);
        summary += (0,action_summary/* heading */.R_)('Failed videos', 3) + (0,action_summary/* table */.tp)(rows);
        runner.fail();
    }
    await runner.summary(summary);
}


/***/ }),

/***/ 31658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planHtml: () => (/* binding */ planHtml),
/* harmony export */   planTableHtml: () => (/* binding */ planTableHtml),
/* harmony export */   reportDryRun: () => (/* binding */ reportDryRun),
/* harmony export */   reportFailure: () => (/* binding */ reportFailure),
/* harmony export */   reportPlan: () => (/* binding */ reportPlan),
/* harmony export */   reportResult: () => (/* binding */ reportResult),
/* harmony export */   setResultOutputs: () => (/* binding */ setResultOutputs)
/* harmony export */ });
/* harmony import */ var _patch_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98510);
/* harmony import */ var _render_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32432);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36338);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38770);





/** Log lines, groups, annotations, outputs and the job summary: everything the user sees of a run. */
/** Logs the plan and sets its outputs; returns its part of the job summary, shown under the run's heading. */
function reportPlan(runner, plan) {
    const count = plan.changes.length;
    runner.log(`Plan: ${count} change${count === 1 ? '' : 's'}`);
    for (const line of (0,_patch_index_js__WEBPACK_IMPORTED_MODULE_0__/* .planLines */ .HN)(plan))
        runner.log(line);
    runner.output('changes', String(count));
    runner.output('plan', (0,_patch_index_js__WEBPACK_IMPORTED_MODULE_0__/* .planJson */ .iY)(plan));
    return planHtml(plan);
}
/** The plan's part of the job summary: empty when it changes nothing. */
function planHtml(plan) {
    if (plan.changes.length === 0)
        return '';
    return (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .heading */ .R_)('Planned edits', 3) + planTableHtml(plan);
}
/** The plan's changes as one HTML table, in scene order, every cell escaped. */
function planTableHtml(plan) {
    return (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)((0,_patch_index_js__WEBPACK_IMPORTED_MODULE_0__/* .planTable */ .k0)(inSceneOrder(plan)).map(row => row.map(_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .ZD)));
}
/** Project-wide changes first, then by scene; a stable sort keeps each scene's own order. */
function inSceneOrder(plan) {
    const scene = (change) => 'scene' in change && typeof change.scene === 'number' ? change.scene : -1;
    return { ...plan, changes: [...plan.changes].sort((a, b) => scene(a) - scene(b)) };
}
async function reportDryRun(runner, sourceProjectId, request, planHtml) {
    runner.log('Dry run: nothing was exported and no credits were spent. A real run would send:');
    runner.log(request);
    runner.output('source-project-id', sourceProjectId);
    await runner.summary((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .heading */ .R_)('AI Studios render: dry run', 2) +
        planHtml +
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .paragraph */ .FY)('Nothing was exported and no credits were spent. A real run would send:') +
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .codeBlock */ .DV)(request));
}
async function reportResult(runner, report, planHtml) {
    const { video, delivery } = report;
    setResultOutputs(runner, report);
    const rows = [
        ['What', 'Value'],
        ['Source project', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.sourceProjectId)],
        [
            'Rendered project',
            (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.renderedProjectId) + (report.projectDeleted ? ' (deleted after delivery)' : '')
        ],
        ['Resolution', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .ZD)(report.resolution)],
        ['Content hash', report.contentHash ? (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.contentHash) : 'cache off'],
        ['From the cache', report.cacheHit ? 'yes: 0 exports' : 'no'],
        ['Render time', (0,_render_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(report.renderMs)],
        ['Video', `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(report.videoPath)} (${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z)(video.size)})`],
        [
            'Frame',
            `${report.facts.width}x${report.facts.height}, ${report.facts.duration.toFixed(3)} s`
        ],
        ['SHA-256', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(video.sha256)],
        ['Vendor download', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .signedLink */ .Rq)(report.downloadUrl)]
    ];
    if (delivery.artifactUrl)
        rows.push(['Artifact', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)(`artifact ${delivery.artifactId}`, delivery.artifactUrl)]);
    if (delivery.assetUrl)
        rows.push(['Release asset', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)('download from the release', delivery.assetUrl)]);
    if (delivery.releaseUrl)
        rows.push(['Release', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .link */ .nf)('release page', delivery.releaseUrl)]);
    await runner.summary((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .heading */ .R_)('AI Studios render', 2) + (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(rows) + planHtml);
}
/** The single video's outputs, also set by a manifest run that selected exactly one video. */
function setResultOutputs(runner, report) {
    const { video, delivery } = report;
    const outputs = {
        'download-url': report.downloadUrl,
        'project-id': report.renderedProjectId,
        'source-project-id': report.sourceProjectId,
        'content-hash': report.contentHash,
        'cache-hit': String(report.cacheHit),
        'video-path': report.videoPath,
        'video-size': String(video.size),
        'video-sha256': video.sha256,
        'video-duration': report.facts.duration.toFixed(3),
        'video-width': String(report.facts.width),
        'video-height': String(report.facts.height),
        'artifact-id': delivery.artifactId,
        'artifact-url': delivery.artifactUrl,
        'artifact-digest': delivery.artifactDigest,
        'release-id': delivery.releaseId,
        'release-url': delivery.releaseUrl,
        'asset-url': delivery.assetUrl
    };
    for (const [name, value] of Object.entries(outputs))
        runner.output(name, value ?? '');
}
/**
 * The one-line error as an annotation (at the patch file's line when known), and, when a render was
 * started, how to pick it up again without paying for a second one.
 */
async function reportFailure(runner, error, renderedProjectId, planHtml) {
    const resumable = renderedProjectId && !(error instanceof _render_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .RenderFailedError */ .Ao);
    const resume = resumable
        ? ` To download it without a new export, re-run with \`resume-project-id: ${renderedProjectId}\`.`
        : '';
    const message = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error) + resume;
    runner.error(message, error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l ? error.details.location : undefined);
    runner.fail();
    if (!(error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l) && error instanceof Error)
        runner.debug(error.stack ?? '');
    let summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .heading */ .R_)('AI Studios render failed', 2) + (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .paragraph */ .FY)((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .ZD)(message));
    if (renderedProjectId) {
        summary +=
            (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .paragraph */ .FY)(`Rendered project: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(renderedProjectId)}. To resume it, add to the step:`) +
                (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .codeBlock */ .DV)(`with:\n  resume-project-id: ${renderedProjectId}`, 'yaml');
    }
    await runner.summary(summary + planHtml);
}


/***/ }),

/***/ 38770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FY: () => (/* binding */ paragraph),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   Rq: () => (/* binding */ signedLink),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/**
 * The job summary's HTML, built as text. Every text that a user or the API controls goes through `escapeHtml`.
 *
 * GitHub renders the summary as Markdown: an HTML block such as `<table>` or `<p>` ends at the first blank line
 * and whatever follows is read as Markdown again. So no escaped text may carry a line break (each becomes `<br>`),
 * and the characters Markdown would act on if a block ever ended early are entities too.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '|': '&#124;',
    '*': '&#42;',
    _: '&#95;',
    '`': '&#96;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;'
};
/** Entities for HTML and Markdown, keeping line breaks: only for `<pre>`, whose block ends at `</pre>`. */
function escapeKeepingLines(text) {
    return text.replace(/[&<>"|*_`[\]\\]/g, c => ENTITIES[c] ?? c);
}
/** Text as one line of HTML: entities, and every line break (blank lines too) as `<br>`. */
function escapeHtml(text) {
    return escapeKeepingLines(text).replace(/\r\n|\r|\n/g, '<br>');
}
/** A signed vendor link shown by its host only: the full URL is a credential until it expires. */
function signedLink(url) {
    let host;
    try {
        host = new URL(url).host;
    }
    catch {
        return 'signed, expiring link';
    }
    return `${code(host)} (signed, expiring link)`;
}
const heading = (text, level) => `<h${level}>${escapeHtml(text)}</h${level}>\n`;
const paragraph = (html) => `<p>${html}</p>\n`;
const code = (text) => `<code>${escapeHtml(text)}</code>`;
const link = (text, href) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
const codeBlock = (text, lang) => `<pre lang="${lang ?? ''}"><code>${escapeKeepingLines(text)}</code></pre>\n`;
/**
 * A table whose first row is the header; cells are HTML already. Every row gets the header's width and an
 * empty cell shows a dash, so no cell is missing or blank.
 */
function table(rows) {
    const [header, ...body] = rows;
    const width = header?.length ?? 0;
    const row = (cells, tag) => `<tr>${Array.from({ length: Math.max(width, cells.length) }, (_, i) => cells[i] || '—')
        .map(cell => `<${tag}>${cell}</${tag}>`)
        .join('')}</tr>`;
    return `<table>${[row(header ?? [], 'th'), ...body.map(cells => row(cells, 'td'))].join('')}</table>\n`;
}


/***/ })

};

//# sourceMappingURL=602.index.js.map