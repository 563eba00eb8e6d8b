export const id = 893;
export const ids = [893];
export const modules = {

/***/ 79893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VideoCache: () => (/* binding */ VideoCache),
  VideoMetaSchema: () => (/* reexport */ VideoMetaSchema)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/shared/deadline.ts + 1 modules
var deadline = __webpack_require__(52132);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/cache/entries.ts


/**
 * Every entry of one content and kind is `<prefix><generation>`. Entries are immutable, so a bad one (an
 * archive that cannot be restored, a meta that does not match) cannot be replaced: it is superseded by the
 * next generation, and a restore by prefix gets the newest entry.
 */
function prefixOf(kind, hash) {
    return `aistudios-render-${kind}-${hash}-g`;
}
/** The key that supersedes `newest` (the first generation when there is none). */
function nextKey(prefix, newest) {
    const generation = newest?.startsWith(prefix) ? Number(newest.slice(prefix.length)) : 0;
    return `${prefix}${Number.isSafeInteger(generation) && generation >= 0 ? generation + 1 : 1}`;
}
/**
 * The cache client versions an entry by the path strings it is given, archives the files relative to the
 * workspace and finds them relative to the cwd. On a runner the cwd is the workspace, so a relative path,
 * the same string on every runner and OS, names the same entry whatever RUNNER_TEMP or the workspace path
 * are. A process whose cwd is not the workspace (a run inside a test process) stages under its temp directory
 * by absolute path instead: its entries hit on the same machine only.
 */
function placeOf(kind, hash, places) {
    const keep = external_node_path_default().join(places.tempDir, 'aistudios-render-cache', kind, hash);
    if (external_node_path_default().resolve(places.workspace ?? places.cwd) !== external_node_path_default().resolve(places.cwd))
        return { dir: keep, cachePath: keep, keep };
    const name = `.aistudios-render-cache-${kind}-${hash}`;
    return { dir: external_node_path_default().join(places.cwd, name), cachePath: name, keep };
}
/** Moves what was restored out of the workspace; returns where it now is. */
async function settle(place) {
    if (place.dir === place.keep)
        return place.dir;
    await promises_default().rm(place.keep, { recursive: true, force: true });
    await promises_default().mkdir(external_node_path_default().dirname(place.keep), { recursive: true });
    try {
        await promises_default().rename(place.dir, place.keep);
    }
    catch (error) {
        // RUNNER_TEMP on another file system than the workspace.
        if (error.code !== 'EXDEV')
            throw error;
        await promises_default().cp(place.dir, place.keep, { recursive: true });
        await unstage(place);
    }
    return place.keep;
}
/** An empty staging directory. */
async function stage(place) {
    await promises_default().rm(place.dir, { recursive: true, force: true });
    await promises_default().mkdir(place.dir, { recursive: true });
    return place.dir;
}
/** Leaves nothing of the cache in the workspace. */
async function unstage(place) {
    if (place.dir !== place.keep)
        await promises_default().rm(place.dir, { recursive: true, force: true });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 13 modules
var schemas = __webpack_require__(55491);
// EXTERNAL MODULE: ./src/aistudios/schema.ts
var schema = __webpack_require__(49442);
;// CONCATENATED MODULE: ./src/cache/entry-meta.ts






const Sha256Schema = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/);
/** A file made from the video (the poster frame), kept as `video.mp4<suffix>` in the video's entry. */
const CompanionMetaSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    suffix: schemas/* string */.YjP().regex(/^\.[a-z0-9]+$/),
    recipe: schemas/* string */.YjP(),
    sha256: Sha256Schema,
    size: schemas/* number */.aig().int().nonnegative()
});
const companionMeta = ({ kind, recipe, sha256, size }) => ({
    name: kind.name,
    suffix: kind.suffix,
    recipe,
    sha256,
    size
});
/** What is stored next to the MP4, so a hit is checked against the request and reported as if just rendered. */
const VideoMetaSchema = schemas/* object */.Ikc({
    contentHash: schemas/* string */.YjP(),
    sha256: Sha256Schema,
    size: schemas/* number */.aig().int().nonnegative(),
    projectId: schema/* ProjectIdSchema */.Qt,
    resolution: schemas/* string */.YjP(),
    savedAt: schemas/* string */.YjP(),
    downloadUrl: schemas/* string */.YjP().optional(),
    /** Absent in entries saved before companions, or saved without one. */
    companions: schemas/* array */.YOg(CompanionMetaSchema).optional()
});
const RenderMetaSchema = schemas/* object */.Ikc({
    contentHash: schemas/* string */.YjP(),
    projectId: schema/* ProjectIdSchema */.Qt,
    savedAt: schemas/* string */.YjP()
});
const VIDEO_FILE = 'video.mp4';
const META_FILE = 'meta.json';
/** The render meta restored into `dir`, if it is one for `hash`. */
async function checkRender(dir, hash) {
    const meta = await readMeta(dir, RenderMetaSchema);
    if ('problem' in meta || meta.ok.contentHash === hash)
        return meta;
    return { problem: `it was saved for content ${meta.ok.contentHash}` };
}
/**
 * The video restored into `dir`, if it is the one asked for: the meta's content hash and resolution are the
 * request's, and the file's size and SHA-256 are the meta's. Anything else is never delivered.
 */
async function checkVideo(dir, hash, expected) {
    const read = await readMeta(dir, VideoMetaSchema);
    if ('problem' in read)
        return read;
    const meta = read.ok;
    if (meta.contentHash !== hash)
        return { problem: `it was saved for content ${meta.contentHash}` };
    if (meta.resolution !== expected.resolution)
        return { problem: `it is a ${meta.resolution} video, not ${expected.resolution}` };
    const file = external_node_path_default().join(dir, VIDEO_FILE);
    const actual = await sha256File(file).catch(() => undefined);
    if (actual?.sha256 !== meta.sha256 || actual.size !== meta.size)
        return { problem: `its video does not match its SHA-256 ${meta.sha256}` };
    const video = { path: file, size: meta.size, sha256: meta.sha256 };
    return { ok: { video, meta, companions: await checkCompanions(file, meta.companions ?? []) } };
}
/** The companions whose files match their meta; any other is left out, and made anew by the run. */
async function checkCompanions(videoFile, metas) {
    const checked = await Promise.all(metas.map(async ({ name, suffix, recipe, sha256, size }) => {
        const file = videoFile + suffix;
        const actual = await sha256File(file).catch(() => undefined);
        return actual?.sha256 === sha256 && actual.size === size
            ? [{ name, recipe, path: file, size, sha256 }]
            : [];
    }));
    return checked.flat();
}
async function readMeta(dir, schema) {
    const parsed = await promises_default().readFile(external_node_path_default().join(dir, META_FILE), 'utf8')
        .then(text => schema.safeParse(JSON.parse(text)))
        .catch(() => undefined);
    return parsed?.success ? { ok: parsed.data } : { problem: `it has no readable ${META_FILE}` };
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}

;// CONCATENATED MODULE: ./src/cache/video-cache.ts







/**
 * A lookup is one RPC that a working service answers in well under a second; the client retries a garbled or
 * 5xx answer five times over about half a minute, and takes no signal: a lookup still going after this is
 * abandoned, so a broken service costs a run this once.
 */
const LOOKUP_MS = 10_000;
/** A restore or a save moves the video: the client's own timeouts end a stalled transfer first. */
const TRANSFER_MS = 120_000;
const DOWNLOAD = { timeoutInMs: 30_000, segmentTimeoutInMs: TRANSFER_MS };
/** Entries are shared by runners on every OS: the relative paths are the same there. */
const CROSS_OS = true;
/**
 * The Actions cache seen as two entries per content hash: the render (the project id of an accepted export,
 * so a re-run resumes it) and the video (the verified MP4). It never fails a run and warns at most once: a
 * failing service turns it off for the rest of the run, as with `cache: false`; an entry that cannot be
 * restored or does not match turns restores off, and this run's save supersedes it.
 */
class VideoCache {
    cache;
    off;
    restoresOff = false;
    warned = false;
    /** The newest entry of each prefix when it was looked up: a different one at save time is a twin job's. */
    seen = new Map();
    reporter;
    places;
    now;
    signal;
    constructor(options, cache) {
        this.cache = cache;
        this.reporter = options.reporter;
        // What the client itself reads, at each call.
        this.places = {
            workspace: process.env.GITHUB_WORKSPACE,
            cwd: process.cwd(),
            tempDir: options.tempDir
        };
        this.now = options.now ?? (() => new Date());
        this.signal = options.signal;
        this.off = cache === undefined;
    }
    /** The cache of this run: off, with one warning, when the service is not there. */
    static async open(options) {
        const env = options.env ?? process.env;
        const missing = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'].filter(name => !env[name]);
        const client = missing.length ? undefined : await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(692)]).then(__webpack_require__.bind(__webpack_require__, 45692));
        if (client?.isFeatureAvailable())
            return new VideoCache(options, client);
        options.reporter.warn(`Cache: the Actions cache service is not available here (${missing.length ? `${missing.join(' and ')} unset` : 'no cache service v2, e.g. GHES'}); every run exports as with \`cache: false\`.`);
        return new VideoCache(options, undefined);
    }
    get enabled() {
        return !this.off;
    }
    /** Whether a video entry exists, without downloading it (dry runs). */
    async lookupOnly(hash) {
        return !this.restoresOff && (await this.find('video', hash)) !== undefined;
    }
    /** The cached video of this content at this resolution, restored and checked, with its companions. */
    async lookupVideo(hash, expected) {
        const found = await this.restore('video', hash);
        if (!found)
            return undefined;
        const checked = await checkVideo(found.dir, hash, expected);
        if ('ok' in checked)
            return checked.ok;
        this.refuse('video', found.key, checked.problem);
        return undefined;
    }
    /** The project id of an export accepted earlier for this content, to resume instead of paying again. */
    async lookupRender(hash) {
        const found = await this.restore('render', hash);
        if (!found)
            return undefined;
        const checked = await checkRender(found.dir, hash);
        if ('ok' in checked)
            return checked.ok.projectId;
        this.refuse('render', found.key, checked.problem);
        return undefined;
    }
    /** Right after an export is accepted, so a run cut short is resumed by the next one. */
    async saveRender(hash, renderedProjectId) {
        await this.save('render', hash, dir => promises_default().writeFile(external_node_path_default().join(dir, META_FILE), JSON.stringify({
            contentHash: hash,
            projectId: renderedProjectId,
            savedAt: this.now().toISOString()
        })));
    }
    /** After a verified download, with the files made from it (a cache hit then has them too). */
    async saveVideo(hash, video, meta, companions = []) {
        await this.save('video', hash, async (dir) => {
            await promises_default().copyFile(video.path, external_node_path_default().join(dir, VIDEO_FILE));
            for (const companion of companions)
                await promises_default().copyFile(companion.path, external_node_path_default().join(dir, VIDEO_FILE + companion.kind.suffix));
            const full = {
                ...meta,
                contentHash: hash,
                sha256: video.sha256,
                size: video.size,
                savedAt: this.now().toISOString(),
                ...(companions.length > 0 ? { companions: companions.map(companionMeta) } : {})
            };
            await promises_default().writeFile(external_node_path_default().join(dir, META_FILE), JSON.stringify(full));
        });
    }
    /** The key of the newest entry of this content (or `key` exactly, if it exists), downloading nothing. */
    async find(kind, hash, key) {
        const prefix = prefixOf(kind, hash);
        const { cachePath } = this.placeOf(kind, hash);
        return this.call(`look up the ${kind}`, LOOKUP_MS, cache => cache.restoreCache([cachePath], key ?? prefix, key ? [] : [prefix], { lookupOnly: true }, CROSS_OS));
    }
    /** The newest entry restored, out of the workspace; undefined on a miss, and on an entry that cannot be. */
    async restore(kind, hash) {
        if (this.restoresOff)
            return undefined;
        const key = await this.find(kind, hash);
        this.seen.set(prefixOf(kind, hash), key);
        if (!key)
            return undefined;
        const place = this.placeOf(kind, hash);
        await stage(place);
        // Lookup said it is there: a restore that gives nothing is an entry that cannot be restored.
        const restored = await this.call(`restore the ${kind}`, TRANSFER_MS, cache => cache.restoreCache([place.cachePath], key, [], DOWNLOAD, CROSS_OS));
        if (restored === key)
            return { key, dir: await settle(place) };
        await unstage(place);
        if (!this.off)
            this.refuse(kind, key, 'its archive cannot be restored');
        return undefined;
    }
    async save(kind, hash, fill) {
        // Off, nothing is staged: no copy of a large video.
        if (this.off)
            return;
        const prefix = prefixOf(kind, hash);
        const newest = await this.find(kind, hash);
        if (this.off)
            return;
        if (this.seen.has(prefix) && newest !== this.seen.get(prefix)) {
            this.reporter.log(`Cache: another job saved the ${kind} of this content (${newest}) meanwhile; not saving it again.`);
            return;
        }
        const key = nextKey(prefix, newest);
        const place = this.placeOf(kind, hash);
        await fill(await stage(place));
        let settled = false;
        const id = await this.call(`save the ${kind}`, TRANSFER_MS, cache => cache.saveCache([place.cachePath], key, undefined, CROSS_OS).finally(() => (settled = true)));
        // An abandoned save may still be archiving the staged files.
        if (settled)
            await unstage(place);
        if (id !== -1)
            return;
        // -1: the service refused to reserve the key, which a twin job (same content, same time) makes it do.
        const exists = await this.find(kind, hash, key);
        if (this.off)
            return;
        this.reporter.log(exists
            ? `Cache: another job saved ${key} first; its entry serves the next runs.`
            : `Cache: the service did not take ${key}: another job may be writing it; if not, the cache client's own message above says why.`);
    }
    placeOf(kind, hash) {
        return placeOf(kind, hash, this.places);
    }
    /** An entry that cannot be used: a miss, no more restores this run, and this run's save supersedes it. */
    refuse(kind, key, problem) {
        this.restoresOff = true;
        this.warnOnce(`Cache: the cached ${kind} ${key} cannot be used (${problem}); ${kind === 'video' ? 'rendering' : 'exporting'} anew, and this run's entry supersedes it.`);
    }
    warnOnce(line) {
        if (this.warned)
            return this.reporter.log(line);
        this.warned = true;
        this.reporter.warn(line);
    }
    /**
     * A cache call under its bound and the run's signal, abandoned when either ends first (the client takes no
     * signal); its first failure warns once and turns the cache off for the rest of the run.
     */
    async call(what, boundMs, work) {
        const { cache } = this;
        if (this.off || !cache)
            return undefined;
        try {
            return await (0,deadline/* within */.ux)(boundMs, this.signal, () => new Error(`no answer within ${boundMs / 1000} s`), () => work(cache));
        }
        catch (error) {
            this.off = true;
            this.warnOnce(`Cache: could not ${what} (${(0,errors/* messageOf */.b)(error).replace(/\.$/, '')}); going on as with \`cache: false\`.`);
            return undefined;
        }
    }
}


/***/ })

};

//# sourceMappingURL=893.index.js.map