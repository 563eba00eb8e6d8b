export const id = 167;
export const ids = [167];
export const modules = {

/***/ 20167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportFailure: () => (/* binding */ reportFailure)
/* harmony export */ });
/* harmony import */ var _run_resume_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25294);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38770);



/*
 * Apart from the report of a run: a bad input fails before the engine loads, and its answer should not wait
 * for the modules of a whole report.
 */
/**
 * The one-line error as an annotation (at the patch file's line when known), and, when a render was
 * started, how to pick it up again without paying for a second one.
 */
async function reportFailure(runner, error, renderedProjectId, planHtml) {
    const resumable = (0,_run_resume_js__WEBPACK_IMPORTED_MODULE_0__/* .resumableRender */ .F)({ renderId: renderedProjectId, error });
    const resume = resumable
        ? ` ${(0,_run_resume_js__WEBPACK_IMPORTED_MODULE_0__/* .resumeHint */ .t)(resumable, { setting: id => `\`resume-project-id: ${id}\`` })}`
        : '';
    const message = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error) + resume;
    // An `if: failure()` step can resume or clean up the render from the output.
    if (renderedProjectId)
        runner.output('project-id', renderedProjectId);
    runner.error(message, error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l ? error.details.location : undefined);
    runner.fail();
    if (!(error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l) && error instanceof Error)
        runner.debug(error.stack ?? '');
    let summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .heading */ .R_)('AI Studios render failed', 2) + (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .paragraph */ .FY)((0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)(message));
    if (renderedProjectId) {
        summary +=
            (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .paragraph */ .FY)(`Rendered project: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(renderedProjectId)}. To resume it, add to the step:`) +
                (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(`with:\n  resume-project-id: ${renderedProjectId}`, 'yaml');
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
/* harmony import */ var _neutralise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77758);

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
const oneLine = (text) => escapeKeepingLines(text).replace(/\r\n|\r|\n/g, '<br>');
/** Text as one line of HTML in which no `@name` notifies anyone. */
function escapeHtml(text) {
    return (0,_neutralise_js__WEBPACK_IMPORTED_MODULE_0__/* .inertMentions */ ._)(oneLine(text));
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
// GitHub makes no mention in code or in a link's text, and an address must stay as it is.
const code = (text) => `<code>${oneLine(text)}</code>`;
const link = (text, href) => `<a href="${oneLine(href)}">${oneLine(text)}</a>`;
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


/***/ }),

/***/ 25294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ resumableRender),
/* harmony export */   t: () => (/* binding */ resumeHint)
/* harmony export */ });
/* harmony import */ var _render_wait_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32432);

/**
 * The render a failed video can be fetched from without a new export: the one it started or resumed, unless
 * AI Studios said that render failed (there is nothing to fetch then).
 */
function resumableRender(result) {
    return result.error instanceof _render_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .RenderFailedError */ .Ao ? undefined : result.renderId;
}
/**
 * The one sentence that tells how to fetch a paid-for render: a single video names the setting in the words
 * of the user's edge; a manifest's video names its manifest key, the same at every edge.
 */
function resumeHint(renderId, where) {
    return 'video' in where
        ? `To download it without a new export, set \`resume-project-id: ${renderId}\` on video ${where.video} in the manifest.`
        : `To download it without a new export, re-run with ${where.setting(renderId)}.`;
}


/***/ })

};

//# sourceMappingURL=167.index.js.map