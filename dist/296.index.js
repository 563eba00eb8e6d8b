export const id = 296;
export const ids = [296];
export const modules = {

/***/ 59296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ fetchShardResults),
/* harmony export */   storeShardResults: () => (/* binding */ storeShardResults)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77935);
/* harmony import */ var _deliver_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2307);
/* harmony import */ var _manifest_shard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64701);
/* harmony import */ var _run_shard_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66804);
/* harmony import */ var _shared_deadline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52132);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58382);









/**
 * Stores a shard's results as an artifact of the workflow run, through the videos' own artifact delivery
 * (checked, retried, replaced on a re-run of the job), for the gather job, which posts the pull request's
 * comment. A shard whose results cannot be stored fails: the gather would report its videos as missing.
 */
async function storeShardResults(runner, settings, results, shard, { tempDir, clock, cancelled }) {
    if (settings.prComment)
        runner.log(`pr-comment: shard ${(0,_manifest_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .shardLabel */ .$_)(shard)} leaves the pull request's comment to the gather job (gather: true).`);
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tempDir, (0,_run_shard_file_js__WEBPACK_IMPORTED_MODULE_6__/* .shardFileName */ .iN)(shard));
    const text = (0,_run_shard_file_js__WEBPACK_IMPORTED_MODULE_6__/* .shardFileText */ .uX)(shard, results);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, text);
    const video = {
        path: file,
        size: Buffer.byteLength(text),
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex')
    };
    const log = (line) => runner.log(line);
    const options = {
        modes: new Set(['artifact']),
        overwrite: true,
        retentionDays: settings.delivery.retentionDays
    };
    try {
        // On the process's time, as a video's delivery: the bound is for I/O that no clock sees.
        await (0,_shared_deadline_js__WEBPACK_IMPORTED_MODULE_7__/* .within */ .ux)(settings.uploadTimeoutMs, cancelled, () => new _shared_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionError */ .l(`The upload did not finish within \`upload-timeout-minutes\` (${settings.uploadTimeoutMs / 60_000}).`, { input: 'upload-timeout-minutes' }), async (bound) => {
            const prepared = await (0,_deliver_index_js__WEBPACK_IMPORTED_MODULE_4__.prepareDelivery)(options, file, runner.env, log, clock);
            await (0,_deliver_index_js__WEBPACK_IMPORTED_MODULE_4__.deliverVideo)(prepared, video, log, bound);
        });
    }
    catch (error) {
        runner.error(`Shard ${(0,_manifest_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .shardLabel */ .$_)(shard)}: its results could not be stored for the gather job, which will report its videos as missing: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .messageOf */ .b)(error)}`);
        runner.fail();
    }
}
/**
 * Every shard's results stored in this workflow run: the newest artifact of each name, downloaded into a
 * directory of its own under `tempDir`.
 */
async function fetchShardResults(tempDir) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__/* .DefaultArtifactClient */ .t9();
    try {
        const { artifacts } = await client.listArtifacts({ latest: true });
        const shards = artifacts.filter(artifact => artifact.name.startsWith(_run_shard_file_js__WEBPACK_IMPORTED_MODULE_6__/* .SHARD_FILE_PREFIX */ .zO));
        const files = [];
        for (const artifact of shards) {
            const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tempDir, 'shard-'));
            await client.downloadArtifact(artifact.id, { path: dir });
            const [name] = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir);
            files.push({ name: artifact.name, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name), 'utf8') });
        }
        return files;
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionError */ .l(`The gather could not read this workflow run's artifacts: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .messageOf */ .b)(error).split('\n')[0]}. It needs the Actions runtime of a job (not a container step that drops it); re-run the job.`, { input: 'gather' });
    }
}


/***/ }),

/***/ 66804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iN: () => (/* binding */ shardFileName),
/* harmony export */   uX: () => (/* binding */ shardFileText),
/* harmony export */   xu: () => (/* binding */ readShardFile),
/* harmony export */   zO: () => (/* binding */ SHARD_FILE_PREFIX)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55491);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(961);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37428);
/* harmony import */ var _manifest_shard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64701);
/* harmony import */ var _render_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32432);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);




/**
 * A shard's results as the file its job stores for the gather job (an artifact of the workflow run), and read
 * back with a schema: it crosses from one job to another, so it is checked like any outside JSON. Each video
 * keeps what the outputs, the summary and the comment show; its plan keeps the changes, not the project.
 */
/** Every shard's artifact is named `aistudios-render-results-<i>-of-<n>.json`. */
const SHARD_FILE_PREFIX = 'aistudios-render-results-';
const shardFileName = ({ index, count }) => `${SHARD_FILE_PREFIX}${index}-of-${count}.json`;
const Location = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    line: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional(),
    column: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional()
});
const ClipInfo = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    index: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    tag: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional()
});
const ChangeSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .discriminatedUnion */ .gMt('kind', [
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('name'), before: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), after: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('script'),
        scene: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        avatar: ClipInfo.optional(),
        paths: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
        before: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        after: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        charsBefore: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        charsAfter: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()
    }),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('clip'),
        scene: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        clip: ClipInfo,
        field: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        before: zod__WEBPACK_IMPORTED_MODULE_3__/* .json */ .Pq9().optional(),
        after: zod__WEBPACK_IMPORTED_MODULE_3__/* .json */ .Pq9()
    }),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('op'),
        name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        op: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['add', 'replace', 'test', 'remove', 'move', 'copy']),
        path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        from: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        scene: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().optional(),
        before: zod__WEBPACK_IMPORTED_MODULE_3__/* .json */ .Pq9().optional(),
        after: zod__WEBPACK_IMPORTED_MODULE_3__/* .json */ .Pq9().optional()
    })
]);
const ReportSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    renderedProjectId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    resolution: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    renderMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    downloadUrl: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    video: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), size: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), sha256: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }),
    facts: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ duration: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), width: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), height: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig() }),
    videoPath: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    delivery: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        outputs: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
        links: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ label: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), text: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), url: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() })),
        where: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    }),
    cacheHit: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
    companions: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() })),
    projectDeleted: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
});
const VideoRecord = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['rendered', 'cached', 'resumed', 'planned', 'failed', 'skipped']),
    sourceProjectId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    contentHash: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    renderId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    exported: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(true).optional(),
    plan: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), changes: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(ChangeSchema) }).optional(),
    report: ReportSchema.optional(),
    dryRun: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        request: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        cacheHit: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        needsExport: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        cacheOn: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()
    })
        .optional(),
    error: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        message: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        input: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        location: Location.optional(),
        /** AI Studios said the render failed: there is no render to resume. */
        renderFailed: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(true).optional()
    })
        .optional()
});
const ShardFileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    shard: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().refine(text => (0,_manifest_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShard */ .uK)(text) !== undefined, 'not i/n'),
    videos: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(VideoRecord)
});
/** The file a shard stores: its label and every video it took, in the manifest's order. */
function shardFileText(shard, results) {
    return JSON.stringify({ shard: (0,_manifest_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .shardLabel */ .$_)(shard), videos: results.map(recordOf) });
}
/** A shard's file, checked; `name` (the artifact's) names it in the error when it is not one. */
function readShardFile(name, text) {
    let parsed;
    try {
        parsed = ShardFileSchema.parse(JSON.parse(text));
    }
    catch (error) {
        const reason = error instanceof zod__WEBPACK_IMPORTED_MODULE_4__/* .ZodError */ .G ? zod__WEBPACK_IMPORTED_MODULE_5__/* .prettifyError */ .S1(error).split('\n')[0] : (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error);
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(`The artifact ${name} is not a shard's results (${reason}): re-run that shard's job, or delete the artifact.`, { input: 'gather' });
    }
    return { shard: (0,_manifest_shard_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShard */ .uK)(parsed.shard), results: parsed.videos.map(resultOf) };
}
/** What a shard keeps of a video: its result less the fetched project (the plan keeps the project's name). */
function recordOf({ plan, error, unpatched, ...kept }) {
    return {
        ...kept,
        plan: plan && { name: plan.project.name, changes: plan.changes },
        error: error === undefined ? undefined : errorRecord(error)
    };
}
function errorRecord(error) {
    const details = error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l ? error.details : {};
    return {
        message: (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .b)(error),
        ...details,
        ...(error instanceof _render_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .RenderFailedError */ .Ao ? { renderFailed: true } : {})
    };
}
function resultOf(record) {
    const { plan, error, ...rest } = record;
    return {
        ...rest,
        // The reports read a plan's changes only; the project stays with the shard that fetched it.
        ...(plan
            ? { plan: { project: { name: plan.name, scenes: [] }, ops: [], changes: plan.changes } }
            : {}),
        ...(error ? { error: errorOf(error) } : {})
    };
}
function errorOf({ message, renderFailed, ...details }) {
    return renderFailed ? new _render_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .RenderFailedError */ .Ao(message, details) : new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l(message, details);
}


/***/ })

};

//# sourceMappingURL=296.index.js.map