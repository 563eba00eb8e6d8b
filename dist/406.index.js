export const id = 406;
export const ids = [406];
export const modules = {

/***/ 83956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ failAt),
/* harmony export */   r: () => (/* binding */ lineColumn)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

/**
 * A mistake in the patch (or a file it reads), located. The message starts with the place too, because the
 * log and the job summary show the message without the annotation's file and line.
 */
function failAt(at, message) {
    const place = at.line === undefined ? at.file : `${at.file} line ${at.line}, column ${at.column ?? 1}`;
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${place}: ${message}`, { location: at });
}
/** `text`'s 1-based line and column at `offset`. */
function lineColumn(text, offset) {
    const lines = text.slice(0, offset).split('\n');
    return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}


/***/ }),

/***/ 18961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ MAX_TEXT_BYTES),
/* harmony export */   AN: () => (/* binding */ readScriptFile),
/* harmony export */   FK: () => (/* reexport safe */ _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__.FK),
/* harmony export */   kc: () => (/* reexport safe */ _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__.kc),
/* harmony export */   wh: () => (/* binding */ readNamedFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79774);
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36338);
/* harmony import */ var _fail_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83956);






/**
 * A file named by an input (the patch, the manifest), read as text; a problem with the file itself is an error
 * located at it, e.g. "videos.yaml: the manifest file is not a regular file".
 */
async function readNamedFile(files, workspace, file, what) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, file);
    const shown = (0,_shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(workspace, absolute);
    try {
        return { absolute, shown, text: await readText(files, absolute, workspace) };
    }
    catch (error) {
        if (error instanceof _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileProblem */ .kc)
            throw (0,_fail_js__WEBPACK_IMPORTED_MODULE_2__/* .failAt */ .Y)({ file: shown }, `${what} ${error.message}`);
        throw error;
    }
}
/** A UTF-8 text file (a byte-order mark is dropped), inside the workspace once symlinks are resolved. */
async function readText(files, file, workspace) {
    const real = await realInside(files, workspace, file);
    return decodeUtf8(await attempt(() => files.readFile(real)));
}
/**
 * A script file named in the patch: relative to the patch file, and inside the workspace both as written
 * (no `..` out of it) and once symlinks are resolved.
 */
async function readScriptFile(files, { workspace, patchDir, name }) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(name))
        throw new _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileProblem */ .kc('is an absolute path: write it relative to the patch file');
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(patchDir, name);
    if (!(0,_shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .FK)(workspace, file))
        throw new _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileProblem */ .kc('is outside the workspace: keep scripts in the repository');
    const real = await realInside(files, workspace, file);
    return { file, text: decodeUtf8(await attempt(() => files.readFile(real))) };
}
/** Nothing outside the workspace is opened: a symlink (to the file or a folder on the way) is followed first. */
async function realInside(files, workspace, file) {
    const real = await attempt(() => files.realpath(file));
    const realWorkspace = await attempt(() => files.realpath(workspace));
    if (!(0,_shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .FK)(realWorkspace, real))
        throw new _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileProblem */ .kc('resolves (through a symlink) to a place outside the workspace: keep it in the repository');
    return real;
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** A patch or a script is hand-written text: anything larger is a mistake (a video, an export). */
const MAX_TEXT_BYTES = 1024 * 1024;
function decodeUtf8(bytes) {
    if (bytes.length > MAX_TEXT_BYTES) {
        throw new _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileProblem */ .kc(`is ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSize */ .X)(bytes.length)}: a patch or script file may be at most ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSize */ .X)(MAX_TEXT_BYTES)} of text`);
    }
    if (bytes.includes(0))
        throw new _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileProblem */ .kc('is a binary file, not text: point it at a YAML, JSON or text file');
    try {
        return utf8.decode(bytes);
    }
    catch {
        throw new _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileProblem */ .kc('is not valid UTF-8 text: save it with the UTF-8 encoding');
    }
}
async function attempt(work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileProblem */ .kc)
            throw error;
        throw new _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .FileProblem */ .kc((0,_shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .describe */ .q0)(error));
    }
}


/***/ }),

/***/ 85977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P9: () => (/* reexport */ loadPatch),
  r_: () => (/* reexport */ planEdits),
  iY: () => (/* reexport */ planJson),
  HN: () => (/* reexport */ planLines),
  k0: () => (/* reexport */ planTable)
});

// UNUSED EXPORTS: nodeFiles, patchJsonSchema

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/patch/fail.ts
var fail = __webpack_require__(83956);
// EXTERNAL MODULE: ./src/shared/workspace-files.ts
var workspace_files = __webpack_require__(79774);
// EXTERNAL MODULE: ./src/patch/files.ts
var patch_files = __webpack_require__(18961);
;// CONCATENATED MODULE: ./src/patch/forbidden.ts
/*
 * Keys that reach an object's prototype. A patch never needs them, and a value holding one could pollute
 * objects of the action itself once merged, so they are refused anywhere: map keys, op paths, op values.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const isForbiddenKey = (key) => FORBIDDEN.has(key);
const refusal = (key) => `'${key}' is refused in a patch, as it reaches JavaScript prototypes: remove it`;
/** The path of the first forbidden map key in a parsed value, or undefined. */
function findForbiddenKey(value, path = []) {
    if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) {
            const found = findForbiddenKey(item, [...path, index]);
            if (found)
                return found;
        }
    }
    else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
            if (isForbiddenKey(key))
                return [...path, key];
            const found = findForbiddenKey(item, [...path, key]);
            if (found)
                return found;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/patch/node-files.ts
var node_files = __webpack_require__(5702);
// EXTERNAL MODULE: ./src/patch/pointer.ts
var patch_pointer = __webpack_require__(33155);
// EXTERNAL MODULE: ./src/patch/source.ts + 1 modules
var patch_source = __webpack_require__(44063);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 13 modules
var schemas = __webpack_require__(55491);
;// CONCATENATED MODULE: ./src/patch/schema.ts

/*
 * The shape of a patch file, in one place: the engine validates against it and `schema/patch.schema.json`
 * (for editors: completion, hover help, squiggles) is generated from it by `script/gen-patch-schema.js`.
 * Rules JSON Schema cannot say (e.g. "a scene entry must change something") are refinements here and are
 * enforced by the engine only. This module imports nothing but zod, so the generator can compile it alone.
 */
/** A map that refuses unknown keys and says which ones it takes: typos fail instead of being ignored. */
function schema_closed(shape) {
    const allowed = Object.keys(shape).join(', ');
    return schemas/* strictObject */.rej(shape, {
        error: issue => issue.code === 'unrecognized_keys'
            ? `unknown key ${issue.keys.map(key => `'${key}'`).join(', ')}; allowed keys: ${allowed}`
            : undefined
    });
}
const schema_name = schemas/* string */.YjP().min(1);
const JsonValueSchema = schemas/* json */.Pq9().meta({ id: 'JsonValue' });
const byTag = schema_closed({
    tag: schema_name.describe('The tag given to the clip in the AI Studios editor.')
});
const byId = schema_closed({
    id: schema_name.describe('The clip id, e.g. "textImage-1hgus4k2m0a".')
});
const byType = schema_closed({
    type: schema_name.describe('The clip type: aiModel, image, textImage, videoImage, shape, audio.'),
    nth: schemas/* int */.Whr()
        .min(0)
        .optional()
        .describe('Which clip of that type, 0-based, in the order the project lists them. Needed when there are several.')
});
const SceneRefSchema = schemas/* union */.KCZ([schemas/* int */.Whr().min(0), byTag, byId], {
    error: 'must be a scene index (0, 1, …), { tag: … } or { id: … }'
})
    .describe('The scene to edit: its 0-based index, or the scene holding the clip with this tag or id.');
const AvatarRefSchema = schemas/* union */.KCZ([byTag, byId], { error: 'must be { tag: … } or { id: … } of an avatar (aiModel) clip' })
    .describe('Whose speech `script` replaces, in a scene with several avatars: the aiModel clip by tag or id.');
const ClipRefSchema = schemas/* union */.KCZ([byTag, byId, byType], {
    error: 'must be one of { tag: … }, { id: … } or { type: …, nth: … }'
})
    .describe('The clip to edit, within the scene: by tag, by id, or by type (+ nth).');
const ScriptSchema = schemas/* union */.KCZ([
    schemas/* string */.YjP().describe('The new speech, inline.'),
    schema_closed({
        file: schema_name.describe('A UTF-8 text file with the new speech, relative to this patch file, inside the repository.')
    })
], { error: 'must be the text itself or { file: path/to/script.md }' })
    .describe('What the avatar says in this scene. `{{ name }}` placeholders are filled from the `vars` input and the run context.');
const https = 'A public https:// URL: AI Studios fetches it when it renders.';
const SetSchema = schemas/* object */.Ikc({
    text: schemas/* string */.YjP().optional().describe('The text of a textImage clip.'),
    source_url: schemas/* string */.YjP().optional().describe(`The image of an image clip. ${https}`),
    video_url: schemas/* string */.YjP().optional().describe(`The video of a videoImage clip. ${https}`)
})
    .catchall(JsonValueSchema)
    .refine(fields => Object.keys(fields).length > 0, 'sets nothing: name at least one field')
    .describe('Clip fields and their new values. A field the clip lacks must be one AI Studios documents for its type.');
const ClipEditSchema = schema_closed({ select: ClipRefSchema, set: SetSchema });
const SceneEditSchema = schema_closed({
    scene: SceneRefSchema,
    avatar: AvatarRefSchema.optional(),
    script: ScriptSchema.optional(),
    clips: schemas/* array */.YOg(ClipEditSchema).min(1).optional().describe('Edits to clips of this scene.')
}).superRefine((edit, ctx) => {
    if (edit.script === undefined && edit.clips === undefined)
        ctx.addIssue({ code: 'custom', message: 'changes nothing: add `script` or `clips`' });
    if (edit.avatar !== undefined && edit.script === undefined)
        ctx.addIssue({
            code: 'custom',
            path: ['avatar'],
            message: '`avatar` only says whose `script` this is: add `script` or remove `avatar`'
        });
});
const pointer = schemas/* string */.YjP()
    .regex(/^(\/([^~/]|~[01])*)*$/, 'must be a JSON Pointer such as /scenes/0/name (empty or starting with /; write ~ as ~0 and / inside a key as ~1)');
const valueOp = (op) => schema_closed({ op: schemas/* literal */.euz(op), path: pointer, value: JsonValueSchema });
const fromOp = (op) => schema_closed({ op: schemas/* literal */.euz(op), from: pointer, path: pointer });
const OpSchema = schemas/* discriminatedUnion */.gMt('op', [
    valueOp('add'),
    schema_closed({ op: schemas/* literal */.euz('remove'), path: pointer }),
    valueOp('replace'),
    fromOp('move'),
    fromOp('copy'),
    valueOp('test')
])
    .describe('An RFC 6902 JSON Patch operation on the project object (GET /editor/project/{id}).');
const OpListSchema = schemas/* array */.YOg(OpSchema).min(1);
const SceneDocumentSchema = schema_closed({
    $schema: schemas/* string */.YjP().optional().describe('The JSON Schema of this file, for editors.'),
    name: schema_name.optional().describe('A new name for the rendered project.'),
    scenes: schemas/* array */.YOg(SceneEditSchema).min(1).optional().describe('Edits, scene by scene.'),
    ops: OpListSchema.optional().describe('Raw RFC 6902 operations, applied after the scene edits.')
}).refine(doc => doc.name !== undefined || doc.scenes !== undefined || doc.ops !== undefined, 'changes nothing: add `name`, `scenes` or `ops`');
const PatchFileSchema = schemas/* union */.KCZ([SceneDocumentSchema, OpListSchema]).meta({
    title: 'aistudios-render patch',
    description: 'Edits applied to an AI Studios project before it is rendered: a scene-edit document, or an RFC 6902 JSON Patch array.'
});
/** The JSON Schema committed as `schema/patch.schema.json`. */
function patchJsonSchema() {
    return z.toJSONSchema(PatchFileSchema, { target: 'draft-7' });
}

// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(78451);
;// CONCATENATED MODULE: ./src/patch/json.ts
/**
 * A project value as a JSON value. Projects are parsed from JSON answers, so this only fails on a bug; it
 * exists so that nothing downstream has to trust an unchecked cast.
 */
function asJson(value) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (Array.isArray(value))
        return value.map(asJson);
    if (typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asJson(item)]));
    throw new TypeError(`Not a JSON value: ${String(value)}`);
}
function jsonKind(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    switch (typeof value) {
        case 'object':
            return 'a map';
        case 'string':
            return 'text';
        case 'number':
            return 'a number';
        default:
            return 'true or false';
    }
}
/** A value as one line of text for messages and the plan. */
const show = (value) => value === undefined ? '(absent)' : JSON.stringify(value);
/** A value as the author wrote it, for messages: `text "abc"`, `the number 42`, `a map`. */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (typeof value === 'string')
        return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    return `${typeof value === 'number' ? 'the number ' : ''}${String(value)}`;
}

;// CONCATENATED MODULE: ./src/patch/validate.ts






/** The patch's shape, checked before anything else; the first problem becomes one located error. */
function validateShape(source) {
    const { data } = source;
    const forbidden = findForbiddenKey(data);
    if (forbidden)
        throw (0,fail/* failAt */.Y)(source.locate(forbidden, 'key'), `${(0,patch_source/* describePath */.N)(forbidden, Array.isArray(data))}: the key ${refusal(String(forbidden.at(-1)))}`);
    if (Array.isArray(data))
        return { kind: 'ops', ops: check(OpListSchema, source, true) };
    if (typeof data === 'object' && data !== null)
        return { kind: 'scenes', doc: check(SceneDocumentSchema, source, false) };
    throw (0,fail/* failAt */.Y)(source.locate([]), `the patch is ${describeValue(data)}: write a scene-edit document (a map with \`scenes\`, \`name\` or \`ops\`) or a JSON Patch array of ops`);
}
function check(schema, source, opsDocument) {
    const result = schema.safeParse(source.data);
    if (result.success)
        return result.data;
    const { path, key, message } = explain(result.error.issues, source.data, []);
    const at = key === undefined ? source.locate(path) : source.locate([...path, key], 'key');
    throw (0,fail/* failAt */.Y)(at, `${(0,patch_source/* describePath */.N)(path, opsDocument)}: ${message}`);
}
/** The one issue worth reporting, in words: unions are resolved to the branch the author meant. */
function explain(issues, data, base) {
    // A misspelt key also makes the key it meant "missing": the unknown key is the better message.
    const issue = issues.find(each => each.code === 'unrecognized_keys') ?? issues[0];
    const path = [
        ...base,
        ...issue.path.map(segment => (typeof segment === 'number' ? segment : String(segment)))
    ];
    const value = valueAt(data, path);
    if (issue.code === 'unrecognized_keys')
        return { path, key: issue.keys[0], message: issue.message };
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union'))
        return { path, message: 'is required' };
    switch (issue.code) {
        case 'invalid_union': {
            const branch = intendedBranch(issue.errors);
            if (branch)
                return explain(branch, data, path);
            if ('options' in issue && issue.options)
                return { path, message: `must be one of ${issue.options.join(', ')}` };
            const keys = (0,json/* isRecord */.u)(value) ? Object.keys(value) : [];
            const found = keys.length
                ? `; it has ${keys.length === 1 ? 'key' : 'keys'} ${keys.map(key => `'${key}'`).join(', ')}`
                : `, not ${describeValue(value)}`;
            return { path, message: `${issue.message}${found}` };
        }
        case 'invalid_type':
            return {
                path,
                message: `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(value)}`
            };
        case 'too_small':
            return {
                path,
                message: issue.origin === 'array' || issue.origin === 'string'
                    ? 'must not be empty'
                    : `must be ${issue.minimum} or more`
            };
        default:
            return { path, message: issue.message };
    }
}
/**
 * Among a union's failed branches, the one the author meant: not those of another type altogether, and the
 * one with the fewest problems. None when it is a tie, so the union's own message lists the choices.
 */
function intendedBranch(branches) {
    const sameType = branches.filter(issues => !issues.some(issue => issue.path.length === 0 && issue.code === 'invalid_type'));
    const [best, next] = sameType.sort((a, b) => a.length - b.length);
    return best && (!next || next.length > best.length) ? best : undefined;
}
const EXPECTED = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a map',
    record: 'a map',
    array: 'a list'
};
function valueAt(data, path) {
    let value = data;
    for (const segment of path) {
        if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment))
            return undefined;
        value = Reflect.get(value, segment);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/patch/load.ts









/**
 * Reads a patch file (YAML or JSON, told by content), validates its shape and reads the script files it
 * names. Every problem is an `ActionError` located in the patch (or script) file. Placeholders are filled
 * later, by `planEdits`, since their values belong to the run.
 */
async function loadPatch(file, { workspace, files = node_files/* nodeFiles */.k }) {
    const { absolute, shown, text } = await (0,patch_files/* readNamedFile */.wh)(files, workspace, file, 'the patch file');
    const source = (0,patch_source/* parseSource */.P)(text, shown);
    const valid = validateShape(source);
    if (valid.kind === 'ops')
        return { file: shown, scenes: [], ops: rawOps(source, valid.ops, []) };
    const scripts = { files, workspace, patchDir: external_node_path_default().dirname(absolute) };
    return {
        file: shown,
        ...(valid.doc.name === undefined ? {} : { name: textAt(source, ['name'], valid.doc.name) }),
        scenes: await sceneEdits(source, valid.doc, scripts),
        ops: rawOps(source, valid.doc.ops ?? [], ['ops'])
    };
}
async function sceneEdits(source, doc, scripts) {
    const edits = [];
    // One after the other: with several bad files, the error is always about the first one.
    for (const [index, edit] of (doc.scenes ?? []).entries()) {
        const base = ['scenes', index];
        const script = typeof edit.script === 'object'
            ? await scriptFile(source, [...base, 'script', 'file'], edit.script.file, scripts)
            : edit.script === undefined
                ? undefined
                : textAt(source, [...base, 'script'], edit.script);
        edits.push({
            ...origin(source, base),
            scene: { ref: edit.scene, ...origin(source, [...base, 'scene']) },
            ...(edit.avatar
                ? { avatar: { ref: edit.avatar, ...origin(source, [...base, 'avatar']) } }
                : {}),
            ...(script === undefined ? {} : { script }),
            clips: (edit.clips ?? []).map((clip, clipIndex) => {
                const clipBase = [...base, 'clips', clipIndex];
                return {
                    select: { ref: clip.select, ...origin(source, [...clipBase, 'select']) },
                    set: fieldEdits(source, [...clipBase, 'set'], clip.set)
                };
            })
        });
    }
    return edits;
}
function fieldEdits(source, base, fields) {
    return Object.entries(fields).flatMap(([field, value]) => value === undefined
        ? []
        : [
            {
                field,
                value,
                ...origin(source, [...base, field]),
                keyAt: source.locate([...base, field], 'key')
            }
        ]);
}
async function scriptFile(source, at, name, { files, workspace, patchDir }) {
    const place = origin(source, at);
    try {
        const { file, text } = await (0,patch_files/* readScriptFile */.AN)(files, { workspace, patchDir, name });
        return { ...place, text, file: (0,workspace_files/* displayPath */.Gt)(workspace, file) };
    }
    catch (error) {
        if (error instanceof patch_files/* FileProblem */.kc)
            throw (0,fail/* failAt */.Y)(place.at, `${place.where}: ${name} ${error.message}`);
        throw error;
    }
}
function rawOps(source, ops, base) {
    const opsDocument = base.length === 0;
    return ops.map((op, index) => {
        const pointers = { path: op.path, ...('from' in op ? { from: op.from } : {}) };
        for (const [key, pointer] of Object.entries(pointers)) {
            const refused = (0,patch_pointer/* fromPointer */.kU)(pointer).find(isForbiddenKey);
            if (refused !== undefined)
                throw (0,fail/* failAt */.Y)(source.locate([...base, index, key]), `${(0,patch_source/* describePath */.N)([...base, index, key], opsDocument)}: ${refusal(refused)}`);
        }
        return {
            op,
            where: (0,patch_source/* describePath */.N)([...base, index], opsDocument),
            at: source.locate([...base, index]),
            ...('value' in op ? { valueAt: source.locate([...base, index, 'value']) } : {})
        };
    });
}
function origin(source, at) {
    return { where: (0,patch_source/* describePath */.N)(at, false), at: source.locate(at) };
}
function textAt(source, at, text) {
    return { ...origin(source, at), text };
}

// EXTERNAL MODULE: ./node_modules/fast-json-patch/index.js
var fast_json_patch = __webpack_require__(25952);
var fast_json_patch_default = /*#__PURE__*/__webpack_require__.n(fast_json_patch);
// EXTERNAL MODULE: ./src/aistudios/schema.ts
var schema = __webpack_require__(49442);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/patch/apply.ts
// The default import is the one form that works everywhere: under Node and Jest it is the CommonJS
// `module.exports`, and under ncc the ESM build's default export, which carries the same functions.






/**
 * Applies the compiled ops, then the raw ones, in one pass over a deep copy of `project` (fast-json-patch
 * validates each op and refuses prototype keys). A raw op that fails is the author's error, located at the
 * op; a compiled op cannot fail, as it was written from this very project.
 */
function applyOps(project, compiled, raw, file) {
    let document = structuredClone(project);
    const changes = [];
    const steps = [
        ...compiled.map(op => ({ op, raw: undefined })),
        ...raw.map(each => ({ op: each.op, raw: each }))
    ];
    for (const [index, { op, raw: rawOp }] of steps.entries()) {
        const before = (0,patch_pointer/* lookup */.$I)(document, op.path);
        const inserts = op.op === 'add' && Array.isArray(parentOf(document, op.path));
        try {
            // The op is cloned: fast-json-patch puts the op's own value objects into the document.
            const clone = structuredClone(op);
            document = fast_json_patch_default().applyOperation(document, clone, true, true, true, index).newDocument;
        }
        catch (error) {
            const why = whyFailed(error, op, document);
            if (!rawOp)
                throw new Error(`Bug: a compiled op failed (${op.op} ${op.path}): ${why}`);
            throw (0,fail/* failAt */.Y)(rawOp.at, `${rawOp.where} (${op.op} ${op.path}) failed: ${why}`);
        }
        if (rawOp && op.op !== 'test')
            changes.push(opChange(rawOp.where, op, inserts ? undefined : before, document));
    }
    const checked = schema/* ProjectSchema */.J8.safeParse(document);
    if (!checked.success) {
        const [issue] = checked.error.issues;
        throw (0,fail/* failAt */.Y)({ file }, `the patched project is no longer a valid AI Studios project: ${(0,patch_pointer/* toPointer */.rb)(issue.path.map(String)) || '/'} ${issue.message.toLowerCase()}; fix the ops`);
    }
    return { project: checked.data, changes };
}
/** A raw op as a change: the value it replaced or removed, and the value it left at its path. */
function opChange(name, op, before, document) {
    const after = op.op === 'remove' ? undefined : (0,patch_pointer/* lookup */.$I)(document, op.path);
    return {
        kind: 'op',
        name,
        op: op.op,
        path: op.path,
        ...('from' in op ? { from: op.from } : {}),
        ...sceneOf(op.path),
        ...(before?.found ? { before: asJson(before.value) } : {}),
        // An append (`/list/-`) has no path to look up afterwards: its value is what it added.
        ...(after?.found ? { after: asJson(after.value) } : 'value' in op ? { after: op.value } : {})
    };
}
/** Why fast-json-patch refused an op, in terms of the project (its own messages embed the whole document). */
function whyFailed(error, op, document) {
    const code = error instanceof (fast_json_patch_default()).JsonPatchError ? error.name : undefined;
    switch (code) {
        case 'TEST_OPERATION_FAILED': {
            const current = (0,patch_pointer/* lookup */.$I)(document, op.path);
            const expected = 'value' in op ? op.value : undefined;
            return `${op.path} is ${current.found ? show(asJson(current.value)) : 'absent'}, not ${show(expected)}: the project changed since the patch was written`;
        }
        case 'OPERATION_FROM_UNRESOLVABLE':
            return 'from' in op ? missing(document, op.from) : code;
        case 'OPERATION_PATH_UNRESOLVABLE':
        case 'OPERATION_PATH_CANNOT_ADD':
        case 'OPERATION_PATH_ILLEGAL_ARRAY_INDEX':
        case 'OPERATION_VALUE_OUT_OF_BOUNDS':
            return missing(document, op.path);
        default:
            return code ?? (0,errors/* messageOf */.b)(error);
    }
}
/** Which part of `pointer` does not exist, and what is there instead. */
function missing(document, pointer) {
    const found = (0,patch_pointer/* lookup */.$I)(document, pointer);
    if (found.found)
        return `${pointer} cannot take this op`;
    const segments = (0,patch_pointer/* fromPointer */.kU)(pointer);
    const gap = (0,patch_pointer/* toPointer */.rb)(segments.slice(0, found.depth + 1));
    const parent = (0,patch_pointer/* toPointer */.rb)(segments.slice(0, found.depth)) || 'the project';
    const { container } = found;
    if (Array.isArray(container))
        return `${gap} does not exist: ${parent} has ${container.length} item${container.length === 1 ? '' : 's'}${container.length ? ` (0 to ${container.length - 1})` : ''}`;
    if (typeof container === 'object' && container !== null) {
        const keys = Object.keys(container);
        const shown = keys.length > 20 ? [...keys.slice(0, 20), '…'] : keys;
        return `${gap} does not exist: ${parent} has ${shown.length ? `keys ${shown.join(', ')}` : 'no keys'}`;
    }
    return `${gap} does not exist: ${parent} is ${show(asJson(container))}, not a map or a list`;
}
function parentOf(document, pointer) {
    const parent = (0,patch_pointer/* lookup */.$I)(document, (0,patch_pointer/* toPointer */.rb)((0,patch_pointer/* fromPointer */.kU)(pointer).slice(0, -1)));
    return parent.found ? parent.value : undefined;
}
function sceneOf(pointer) {
    const [top, index] = (0,patch_pointer/* fromPointer */.kU)(pointer);
    return top === 'scenes' && /^\d+$/.test(index ?? '') ? { scene: Number(index) } : {};
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/patch/fields.ts

/*
 * Checks on `set` that need the clip. Any field the clip has may be set (keeping its kind of value); a field
 * it lacks only if AI Studios documents it for that clip type (docs/aistudios-api.md, Clips), so that a misspelt
 * field fails here instead of being ignored by the renderer.
 */
const COMMON = [
    'layer',
    'left',
    'top',
    'width',
    'height',
    'scaleX',
    'scaleY',
    'angle',
    'opacity',
    'tag',
    'name',
    'fill'
];
const DOCUMENTED = {
    aiModel: ['model', 'effects', 'headOnly', 'voiceOnly', 'isDelete'],
    shape: ['shapeName', 'stroke', 'strokeWidth', 'strokeRadius', 'shadow', 'animation'],
    image: ['source_url', 'animation'],
    textImage: [
        'text',
        'fontSize',
        'fontFamily',
        'align',
        'fontWeight',
        'fontStyle',
        'underline',
        'backgroundColor',
        'stroke',
        'strokeWidth',
        'shadow',
        'animation'
    ],
    videoImage: ['video_url', 'source_url', 'volume'],
    audio: ['source_url', 'volume', 'label']
};
const URL_FIELDS = new Set(['source_url', 'video_url']);
function fieldProblem(clip, field, value) {
    if (field === 'script')
        return {
            part: 'key',
            message: "set the avatar's speech with `script:` on the scene entry, which also updates the scene's `scripts`"
        };
    if (URL_FIELDS.has(field) && !isHttps(value))
        return {
            part: 'value',
            message: `must be a public https:// URL (AI Studios downloads it when it renders), not ${describeValue(value)}`
        };
    if (Object.hasOwn(clip, field)) {
        const before = asJson(clip[field]);
        if (before === null || jsonKind(before) === jsonKind(value))
            return undefined;
        return {
            part: 'value',
            message: `must be ${jsonKind(before)}, like the clip's current value ${show(before)}, not ${describeValue(value)}`
        };
    }
    const documented = [...(DOCUMENTED[clip.type] ?? []), ...COMMON];
    if (documented.includes(field))
        return undefined;
    return {
        part: 'key',
        message: `clip ${clip.id} has no field '${field}': set one it has, or one AI Studios documents for ${clip.type} clips: ${documented.join(', ')}`
    };
}
function isHttps(value) {
    if (typeof value !== 'string')
        return false;
    try {
        return new URL(value).protocol === 'https:';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/patch/placeholders.ts

/*
 * `{{ name }}` placeholders. Names are letters, digits and `_ . -` (so `github.sha` works); spaces inside the
 * braces are optional. `{{ 'text' }}` writes `text` as it is, which is the escape for a literal `{{`:
 * `{{ '{{' }}`. Anything else that opens with `{{` is an error, never literal text in a video.
 */
const PLACEHOLDER = /\{\{\s*(?:'([^']*)'|([A-Za-z0-9_][A-Za-z0-9_.-]*))\s*\}\}/y;
/** A placeholder that cannot be filled, at `offset` in the text. */
class PlaceholderError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'PlaceholderError';
    }
}
function fillText(text, context) {
    let filled = '';
    let from = 0;
    for (let open = text.indexOf('{{'); open >= 0; open = text.indexOf('{{', from)) {
        PLACEHOLDER.lastIndex = open;
        const match = PLACEHOLDER.exec(text);
        if (!match)
            throw new PlaceholderError(`'{{' starts no placeholder: write {{ name }}, or {{ '{{' }} for a literal '{{'`, open);
        const [token, literal, name] = match;
        filled += text.slice(from, open) + (literal ?? placeholders_valueOf(name, token, open, context));
        from = open + token.length;
    }
    return filled + text.slice(from);
}
function placeholders_valueOf(name, token, offset, context) {
    // Own keys only: `{{ constructor }}` must not find Object.prototype's.
    if (Object.hasOwn(context, name))
        return context[name];
    const known = Object.keys(context).sort();
    const hint = known.length
        ? `known names: ${known.join(', ')}; give '${name}' a value in \`vars\``
        : `no values are defined: give '${name}' a value in \`vars\``;
    throw new PlaceholderError(`unknown placeholder ${token}: ${hint}`, offset);
}
/** Fills the placeholders of every string in a JSON value (op and `set` values). */
function fillJson(value, context) {
    if (typeof value === 'string')
        return fillText(value, context);
    if (Array.isArray(value))
        return value.map(item => fillJson(item, context));
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillJson(item, context)]));
    return value;
}
/** A string of the patch, filled; an error points at the placeholder in a script file, else at the string. */
function fillPatchText(text, context) {
    const inFile = text.file === undefined ? undefined : { file: text.file, text: text.text };
    return locate(text, () => fillText(text.text, context), inFile);
}
/** A `set` or op value, filled; an error points at the value. */
function fillValue(value, origin, context) {
    return locate(origin, () => fillJson(value, context));
}
function locate(origin, fill, inFile) {
    try {
        return fill();
    }
    catch (error) {
        if (!(error instanceof PlaceholderError))
            throw error;
        const at = inFile ? { file: inFile.file, ...(0,fail/* lineColumn */.r)(inFile.text, error.offset) } : origin.at;
        throw (0,fail/* failAt */.Y)(at, `${origin.where}: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/patch/select.ts

/*
 * Selectors match exactly one thing or fail, naming what there is instead: a wrong guess must never edit
 * the wrong clip, nor silently nothing.
 */
function selectScene(project, selector) {
    const { ref, where, at } = selector;
    const { scenes } = project;
    if (typeof ref === 'number') {
        if (ref < scenes.length)
            return ref;
        throw (0,fail/* failAt */.Y)(at, `${where}: scene ${ref} does not exist: the project has ${scenes.length} scene${scenes.length === 1 ? '' : 's'}${scenes.length ? ` (0 to ${scenes.length - 1})` : ''}`);
    }
    const key = 'tag' in ref ? 'tag' : 'id';
    const matches = indexes(scenes, scene => scene.clips.some(clip => fits(clip, ref)));
    if (matches.length === 1)
        return matches[0];
    if (matches.length === 0) {
        const byScene = scenes
            .map((scene, index) => `${index}: ${list(distinct(scene.clips.map(clip => clip[key])))}`)
            .join('; ');
        throw (0,fail/* failAt */.Y)(at, `${where}: ${formatRef(ref)} matches no clip in the project; ${key}s by scene: ${byScene}`);
    }
    throw (0,fail/* failAt */.Y)(at, `${where}: ${formatRef(ref)} is on clips in scenes ${matches.join(', ')}: select the scene by its index`);
}
function selectClip(scene, sceneIndex, selector) {
    const { ref, where, at } = selector;
    const { clips } = scene;
    const matches = indexes(clips, clip => fits(clip, ref));
    if ('type' in ref && ref.nth !== undefined) {
        if (ref.nth < matches.length)
            return matches[ref.nth];
        if (matches.length)
            throw (0,fail/* failAt */.Y)(at, `${where}: scene ${sceneIndex} has ${matches.length} ${ref.type} clip${matches.length === 1 ? '' : 's'}, so nth must be 0${matches.length > 1 ? ` to ${matches.length - 1}` : ''}`);
    }
    if (matches.length === 1)
        return matches[0];
    if (matches.length === 0)
        throw (0,fail/* failAt */.Y)(at, `${where}: ${formatRef(ref)} matches no clip in scene ${sceneIndex}, which has ${describeClips(clips)}`);
    const ids = matches.map(index => clips[index].id).join(', ');
    const fix = 'type' in ref
        ? `add nth: 0 to ${matches.length - 1}, or select by tag or id`
        : 'select one by id';
    throw (0,fail/* failAt */.Y)(at, `${where}: ${formatRef(ref)} matches ${matches.length} clips in scene ${sceneIndex} (${ids}): ${fix}`);
}
/**
 * The avatar whose speech a scene entry's `script` replaces: the one named by `avatar`, else the scene's
 * only one (undefined when it has none). A scene with several avatars must say which.
 */
function selectAvatar(scene, sceneIndex, selector, script) {
    const avatars = indexes(scene.clips, clip => clip.type === 'aiModel');
    const described = avatars.map(index => clipName(scene.clips[index])).join(', ');
    if (selector) {
        const matches = avatars.filter(index => fits(scene.clips[index], selector.ref));
        if (matches.length === 1)
            return matches[0];
        throw (0,fail/* failAt */.Y)(selector.at, matches.length
            ? `${selector.where}: ${formatRef(selector.ref)} matches ${matches.length} avatars in scene ${sceneIndex}: select one by id`
            : `${selector.where}: ${formatRef(selector.ref)} matches no avatar in scene ${sceneIndex}, which has ${avatars.length ? `avatars ${described}` : 'no avatar (aiModel) clip'}`);
    }
    if (avatars.length <= 1)
        return avatars[0];
    throw (0,fail/* failAt */.Y)(script.at, `${script.where}: scene ${sceneIndex} has ${avatars.length} avatars (${described}): add \`avatar: { tag: … }\` (or { id: … }) to the scene entry to say whose script this is`);
}
function clipInfo(clip, index) {
    return { index, id: clip.id, type: clip.type, ...(clip.tag ? { tag: clip.tag } : {}) };
}
/** `{ tag: "pricing" }`, as a patch author would write the selector. */
function formatRef(ref) {
    if (typeof ref === 'number')
        return `scene ${ref}`;
    return `{ ${Object.entries(ref)
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
        .join(', ')} }`;
}
/** What a scene holds, for "matches nothing" errors: tags, ids, and types with counts. */
function describeClips(clips) {
    const counts = new Map();
    for (const clip of clips)
        counts.set(clip.type, (counts.get(clip.type) ?? 0) + 1);
    const types = [...counts].map(([type, count]) => `${type} ×${count}`);
    return `tags: ${list(distinct(clips.map(clip => clip.tag)))}; ids: ${list(clips.map(clip => clip.id))}; types: ${list(types)}`;
}
function fits(clip, ref) {
    if ('tag' in ref)
        return clip.tag === ref.tag;
    if ('id' in ref)
        return clip.id === ref.id;
    return clip.type === ref.type;
}
function clipName(clip) {
    return clip.tag ? `${clip.tag} (${clip.id})` : clip.id;
}
function indexes(items, test) {
    return items.flatMap((item, index) => (test(item) ? [index] : []));
}
function distinct(values) {
    return [...new Set(values.filter((value) => Boolean(value)))];
}
function list(values) {
    return values.length ? values.join(', ') : 'none';
}

// EXTERNAL MODULE: ./src/patch/speech.ts
var speech = __webpack_require__(6126);
// EXTERNAL MODULE: ./src/patch/spoken.ts
var spoken = __webpack_require__(30170);
;// CONCATENATED MODULE: ./src/patch/compile.ts









/**
 * Turns the scene edits (and `name`) into RFC 6902 ops against `project`. Each replaced value is guarded by
 * a `test` op with its current value, so the ops check themselves when applied to a project that has
 * changed since. Edits that would not change anything emit nothing.
 */
function compileEdits(project, patch, context) {
    const compiler = new Compiler(project, context);
    if (patch.name)
        compiler.rename(patch.name);
    for (const edit of patch.scenes) {
        const sceneIndex = selectScene(project, edit.scene);
        if (edit.script)
            compiler.script(sceneIndex, edit.script, edit.avatar);
        for (const clipEdit of edit.clips)
            compiler.clip(sceneIndex, clipEdit);
    }
    return { ops: compiler.ops, changes: compiler.changes };
}
class Compiler {
    project;
    context;
    ops = [];
    changes = [];
    setBy = new Map();
    constructor(project, context) {
        this.project = project;
        this.context = context;
    }
    rename(name) {
        const after = fillPatchText(name, this.context);
        if (!after.trim())
            throw (0,fail/* failAt */.Y)(name.at, `${name.where}: is empty once its placeholders are filled`);
        const before = this.project.name;
        if (this.set(name, '/name', { exists: true, value: before }, after))
            this.changes.push({ kind: 'name', before, after });
    }
    script(sceneIndex, script, avatarSelector) {
        const scene = this.project.scenes[sceneIndex];
        const avatar = selectAvatar(scene, sceneIndex, avatarSelector, script);
        const slots = (0,speech/* speechSlots */.o)(scene, sceneIndex, avatar, script);
        const after = normalizeScript(fillPatchText(script, this.context));
        if (!after.trim())
            throw (0,fail/* failAt */.Y)(script.at, `${script.where}: the script is empty once read and filled: write the speech, or remove \`script\` to keep the current one`);
        const changed = slots.filter(slot => this.set(script, slot.pointer, { exists: slot.exists, value: slot.before }, after));
        if (!changed.length)
            return;
        const before = changed[0].before ?? '';
        this.changes.push({
            kind: 'script',
            scene: sceneIndex,
            ...(avatar === undefined ? {} : { avatar: clipInfo(scene.clips[avatar], avatar) }),
            paths: changed.map(slot => slot.pointer),
            before,
            after,
            charsBefore: (0,spoken/* spokenLength */.B)(before),
            charsAfter: (0,spoken/* spokenLength */.B)(after)
        });
    }
    clip(sceneIndex, edit) {
        const scene = this.project.scenes[sceneIndex];
        const clipIndex = selectClip(scene, sceneIndex, edit.select);
        const clip = scene.clips[clipIndex];
        for (const field of edit.set) {
            const after = fillValue(field.value, field, this.context);
            const problem = fieldProblem(clip, field.field, after);
            if (problem)
                throw (0,fail/* failAt */.Y)(problem.part === 'key' ? field.keyAt : field.at, `${field.where}: ${problem.message}`);
            const exists = Object.hasOwn(clip, field.field);
            const before = exists ? asJson(clip[field.field]) : undefined;
            const path = (0,patch_pointer/* toPointer */.rb)(['scenes', sceneIndex, 'clips', clipIndex, field.field]);
            if (this.set(field, path, { exists, value: before ?? null }, after))
                this.changes.push({
                    kind: 'clip',
                    scene: sceneIndex,
                    clip: clipInfo(clip, clipIndex),
                    field: field.field,
                    path,
                    ...(exists ? { before } : {}),
                    after
                });
        }
    }
    /**
     * Writes the ops that set `path` to `after`; false when it already holds it. Setting one value twice is
     * refused: the second edit would only fail its `test` guard, with a worse message.
     */
    set(by, path, before, after) {
        const earlier = this.setBy.get(path);
        if (earlier)
            throw (0,fail/* failAt */.Y)(by.at, `${by.where}: changes ${path} again, after ${earlier.where} (line ${earlier.at.line}): keep one of the two edits`);
        this.setBy.set(path, by);
        if (before.exists && (0,external_node_util_.isDeepStrictEqual)(before.value, after))
            return false;
        this.ops.push(...(before.exists
            ? [
                { op: 'test', path, value: before.value },
                { op: 'replace', path, value: after }
            ]
            : [{ op: 'add', path, value: after }]));
        return true;
    }
}
/** Speech as it should reach the renderer: one kind of line break, no trailing newline or blanks. */
function normalizeScript(text) {
    return text.replace(/\r\n?/g, '\n').trimEnd();
}

;// CONCATENATED MODULE: ./src/patch/plan.ts



/**
 * What the patch does to `project`, without touching it: the patched copy, every op applied, and the
 * changes for people. Pure; every mistake is an `ActionError` located in the patch, found before any
 * credit is spent. `context` fills the `{{ name }}` placeholders.
 */
function planEdits(project, patch, context) {
    const compiled = compileEdits(project, patch, context);
    const raw = patch.ops.map(op => ({ ...op, op: fillOp(op, context) }));
    const applied = applyOps(project, compiled.ops, raw, patch.file);
    return {
        project: applied.project,
        ops: [...compiled.ops, ...raw.map(each => each.op)],
        changes: [...compiled.changes, ...applied.changes]
    };
}
function fillOp({ op, where, at, valueAt }, context) {
    if (!('value' in op))
        return op;
    return {
        ...op,
        value: fillValue(op.value, { where: `${where}.value`, at: valueAt ?? at }, context)
    };
}

;// CONCATENATED MODULE: ./src/patch/describe.ts

/*
 * The plan in words, for the log, the job summary and the `plan` output. Values are shown in full: the
 * point of the plan is to say exactly what the video will say and show.
 */
/** Log lines: the rename, then scene by scene (scripts as -/+ lines with character counts), then raw ops. */
function planLines(plan) {
    if (!plan.changes.length)
        return ['No changes: the project already matches the patch.'];
    const lines = [];
    for (const change of plan.changes)
        if (change.kind === 'name')
            lines.push(`Project name: ${show(change.before)} → ${show(change.after)}`);
    for (const scene of scenesOf(plan.changes)) {
        lines.push(`Scene ${scene}:`);
        for (const change of plan.changes) {
            if (change.kind === 'script' && change.scene === scene)
                lines.push(`  script${change.avatar ? ` of ${clipLabel(change.avatar)}` : ''}: ${change.charsBefore} → ${change.charsAfter} characters`, ...textLines('    - ', change.before), ...textLines('    + ', change.after));
            if (change.kind === 'clip' && change.scene === scene)
                lines.push(`  ${clipLabel(change.clip)} ${change.field}: ${show(change.before)} → ${show(change.after)}`);
        }
    }
    const ops = plan.changes.filter(change => change.kind === 'op');
    if (ops.length)
        lines.push('Raw ops:');
    for (const op of ops)
        lines.push(`  ${opLabel(op)}: ${show(op.before)} → ${show(op.after)}`);
    lines.push(`${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'}.`);
    return lines;
}
/**
 * A header row and one row per change, for a job summary table. Cells are plain text: whoever renders
 * them as HTML or Markdown escapes them (scripts may hold `<p>` tags).
 */
function planTable(plan) {
    return [
        ['Scene', 'What', 'Before', 'After', 'Characters'],
        ...plan.changes.map(change => {
            switch (change.kind) {
                case 'name':
                    return ['', 'project name', change.before, change.after, ''];
                case 'script':
                    return [
                        String(change.scene),
                        `script${change.avatar ? ` of ${clipLabel(change.avatar)}` : ''}`,
                        change.before,
                        change.after,
                        `${change.charsBefore} → ${change.charsAfter}`
                    ];
                case 'clip':
                    return [
                        String(change.scene),
                        `${clipLabel(change.clip)} ${change.field}`,
                        cell(change.before),
                        cell(change.after),
                        ''
                    ];
                case 'op':
                    return [
                        change.scene === undefined ? '' : String(change.scene),
                        opLabel(change),
                        cell(change.before),
                        cell(change.after),
                        ''
                    ];
            }
        })
    ];
}
/** The changes as compact JSON, for the `plan` output (not the project: it can be large and hold signed URLs). */
function planJson(plan) {
    return JSON.stringify(plan.changes);
}
function scenesOf(changes) {
    const scenes = changes.flatMap(change => change.kind === 'script' || change.kind === 'clip' ? [change.scene] : []);
    return [...new Set(scenes)].sort((a, b) => a - b);
}
function clipLabel(clip) {
    return clip.tag ? `${clip.type} "${clip.tag}" (${clip.id})` : `${clip.type} ${clip.id}`;
}
function opLabel(change) {
    return `${change.name} ${change.op}${change.from === undefined ? '' : ` ${change.from} →`} ${change.path}`;
}
function textLines(prefix, text) {
    return (text === '' ? ['(empty)'] : text.split('\n')).map(line => prefix + line);
}
function cell(value) {
    if (value === undefined)
        return '(absent)';
    return typeof value === 'string' ? value : JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/patch/index.ts
/*
 * The patch engine: load a committed patch file, plan its edits against a fetched project, and describe
 * them. Nothing here talks to the network; files are read through a passed-in `FileSource` (files.ts).
 */







/***/ }),

/***/ 5702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ nodeFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79774);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18961);



/**
 * The file system as the engine reads it in a run: only regular files, never more than a text file may
 * hold, so a FIFO or a device is refused instead of hanging the run.
 */
const nodeFiles = {
    realpath: node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath,
    readFile: file => (0,_shared_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegularFile */ .XF)(file, _files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TEXT_BYTES */ .$D)
};


/***/ }),

/***/ 33155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   kU: () => (/* binding */ fromPointer),
/* harmony export */   rb: () => (/* binding */ toPointer)
/* harmony export */ });
/** JSON Pointers (RFC 6901): building them from keys, reading them back, and looking values up. */
function toPointer(segments) {
    return segments
        .map(segment => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`)
        .join('');
}
function fromPointer(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function lookup(document, pointer) {
    let value = document;
    for (const [depth, segment] of fromPointer(pointer).entries()) {
        const child = childOf(value, segment);
        if (!child.found)
            return { found: false, depth, container: value };
        value = child.value;
    }
    return { found: true, value };
}
function childOf(container, segment) {
    if (Array.isArray(container))
        return /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < container.length
            ? { found: true, value: container[Number(segment)] }
            : { found: false };
    if (typeof container === 'object' && container !== null && Object.hasOwn(container, segment))
        return { found: true, value: Reflect.get(container, segment) };
    return { found: false };
}


/***/ }),

/***/ 44063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ describePath),
  P: () => (/* binding */ parseSource)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/patch/fail.ts
var fail = __webpack_require__(83956);
;// CONCATENATED MODULE: ./src/patch/json-syntax.ts
/**
 * The first place where `text` breaks strict JSON (RFC 8259), or undefined when it is valid JSON.
 *
 * The YAML parser reads JSON too, but it accepts what JSON does not (comments, trailing commas, single
 * quotes) and words its errors in YAML terms; and `JSON.parse` gives no position in most of its messages
 * (V8: `Unexpected token 'x', "…" is not valid JSON`). Hence this small scanner, which only checks syntax.
 */
function jsonSyntaxError(text) {
    try {
        new Scanner(text).document();
        return undefined;
    }
    catch (error) {
        if (error instanceof JsonSyntaxProblem)
            return { offset: error.offset, message: error.message };
        throw error;
    }
}
class JsonSyntaxProblem extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
class Scanner {
    text;
    i = 0;
    constructor(text) {
        this.text = text;
    }
    document() {
        this.space();
        this.value();
        this.space();
        if (this.i < this.text.length)
            this.fail(`unexpected ${this.found()} after the end of the JSON value`);
    }
    value() {
        const c = this.text[this.i];
        if (c === '{')
            return this.container('}', () => this.member());
        if (c === '[')
            return this.container(']', () => this.value());
        if (c === '"')
            return this.string();
        if (c === '-' || (c >= '0' && c <= '9'))
            return this.sticky(NUMBER, 'invalid number');
        if (c === 't' || c === 'f' || c === 'n')
            return this.sticky(LITERAL, `expected a value, found ${this.found()}`);
        this.fail(`expected a value, found ${this.found()}`);
    }
    /** `{ member, … }` or `[ value, … ]`. */
    container(close, item) {
        this.i++;
        this.space();
        if (this.text[this.i] === close) {
            this.i++;
            return;
        }
        for (;;) {
            item();
            this.space();
            const c = this.text[this.i];
            if (c === close) {
                this.i++;
                return;
            }
            if (c !== ',')
                this.fail(`expected ',' or '${close}', found ${this.found()}`);
            this.i++;
            this.space();
            const next = this.text[this.i];
            if (next === '}' || next === ']')
                this.fail(`trailing comma before '${next}': JSON allows none`);
        }
    }
    member() {
        if (this.text[this.i] !== '"')
            this.fail(`expected a property name in double quotes, found ${this.found()}`);
        this.string();
        this.space();
        if (this.text[this.i] !== ':')
            this.fail(`expected ':' after the property name, found ${this.found()}`);
        this.i++;
        this.space();
        this.value();
    }
    string() {
        const start = this.i;
        this.i++;
        for (;;) {
            const c = this.text[this.i];
            if (c === undefined) {
                this.i = start;
                this.fail('this string has no closing "');
            }
            if (c === '"') {
                this.i++;
                return;
            }
            if (c === '\\')
                this.sticky(ESCAPE, 'invalid escape: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX');
            else if (c < ' ')
                this.fail('a line break or control character inside a string: write it as \\n or \\t');
            else
                this.i++;
        }
    }
    sticky(pattern, message) {
        pattern.lastIndex = this.i;
        if (!pattern.test(this.text))
            this.fail(message);
        this.i = pattern.lastIndex;
    }
    space() {
        while (' \t\n\r'.includes(this.text[this.i] ?? 'x'))
            this.i++;
    }
    found() {
        const c = this.text[this.i];
        if (c === undefined)
            return 'the end of the file';
        if (c === '/' || c === '#')
            return `'${c}' (JSON has no comments: write the patch in YAML to use # comments)`;
        return `'${c}'`;
    }
    fail(message) {
        // A file that ends too early is reported where its text ends, not on the empty last line.
        const offset = this.i < this.text.length ? this.i : this.text.trimEnd().length;
        throw new JsonSyntaxProblem(message, offset);
    }
}

;// CONCATENATED MODULE: ./src/patch/source.ts



/**
 * Parses a patch file. JSON is told by its content, not by the file name: a file whose first character is
 * `{` or `[` is JSON and gets JSON's syntax rules and messages. Both are then read by the YAML parser (JSON is
 * YAML), which keeps every node's position.
 */
function parseSource(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        // YAML 1.1 types (!!binary, !!set, ...) would turn into values JSON cannot hold.
        resolveKnownTags: false
    });
    if (/^\s*[[{]/.test(text)) {
        const problem = jsonSyntaxError(text);
        if (problem)
            throw (0,fail/* failAt */.Y)(at(problem.offset), `JSON syntax error: ${problem.message}`);
    }
    const [problem] = [...doc.errors, ...doc.warnings];
    if (problem)
        throw (0,fail/* failAt */.Y)(at(problem.pos[0]), `YAML syntax error: ${yamlHint(problem.code, problem.message)}`);
    if (doc.contents === null)
        throw (0,fail/* failAt */.Y)({ file, line: 1, column: 1 }, 'the patch is empty: write a scene-edit document (`scenes:` …) or a JSON Patch array of ops');
    return {
        file,
        data: plainValue(doc, file),
        locate: (path, part = 'value') => at(findRange(doc, path, part))
    };
}
/**
 * The document as plain data. The YAML library refuses aliases that expand past a bound (a "billion laughs"
 * file), with a message that names no file: the refusal is located at the file.
 */
function plainValue(doc, file) {
    try {
        return doc.toJS();
    }
    catch (error) {
        throw (0,fail/* failAt */.Y)({ file, line: 1, column: 1 }, `its YAML aliases expand to too many values (${error instanceof Error ? error.message : String(error)}): write the repeated parts out instead of referring to them with *aliases`);
    }
}
function yamlHint(code, message) {
    if (code === 'DUPLICATE_KEY')
        return 'a key appears twice in the same map: keep one';
    if (code === 'MULTIPLE_DOCS')
        return 'the file holds several YAML documents (---): keep one';
    if (code === 'TAG_RESOLVE_FAILED')
        return `${message}: tags are not supported, remove it`;
    return message.replace(/\.$/, '');
}
/** The start offset of the node at `path` (or of its key), walking through aliases. */
function findRange(doc, path, part) {
    let node = doc.contents;
    let offset = (0,dist/* isNode */.Ll)(node) ? (node.range?.[0] ?? 0) : 0;
    for (const [depth, segment] of path.entries()) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        let key;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find(item => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                break;
            key = pair.key;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number' && segment < node.items.length) {
            node = node.items[segment];
        }
        else
            break;
        const target = part === 'key' && depth === path.length - 1 && key ? key : node;
        if ((0,dist/* isNode */.Ll)(target) && target.range)
            offset = target.range[0];
    }
    return offset;
}
/** How messages name a place in the patch: `scenes[1].clips[0].select`, or `op 2.path` in a JSON Patch array. */
function describePath(path, opsDocument) {
    let text = '';
    for (const [depth, segment] of path.entries()) {
        if (typeof segment === 'number')
            text += depth === 0 && opsDocument ? `op ${segment}` : `[${segment}]`;
        else
            text += `${text ? '.' : ''}${/^[$\w-]+$/.test(segment) ? segment : JSON.stringify(segment)}`;
    }
    return text || 'the patch';
}


/***/ }),

/***/ 6126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ speechSlots)
/* harmony export */ });
/* harmony import */ var _fail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83956);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78451);
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33155);



/**
 * Where the speech of `avatar` (a clip index, or undefined for a scene without avatar) lives
 * (docs/aistudios-api.md, "Scenes"): `scene.scripts[k].org` in current projects, and the avatar clip's `script.org` in older ones. Both
 * are returned when both exist, so they stay in agreement.
 */
function speechSlots(scene, sceneIndex, avatar, script) {
    const slots = [];
    const entries = scene.scripts ?? [];
    const clip = avatar === undefined ? undefined : scene.clips[avatar];
    if (entries.length) {
        const k = scriptEntry(scene, sceneIndex, clip, script);
        slots.push({
            pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .toPointer */ .rb)(['scenes', sceneIndex, 'scripts', k, 'org']),
            exists: Object.hasOwn(entries[k], 'org'),
            before: entries[k].org ?? null
        });
    }
    const clipScript = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(clip?.script) ? clip.script : undefined;
    if (avatar !== undefined &&
        clipScript &&
        (typeof clipScript.org === 'string' || clipScript.org === null))
        slots.push({
            pointer: (0,_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .toPointer */ .rb)(['scenes', sceneIndex, 'clips', avatar, 'script', 'org']),
            exists: true,
            before: clipScript.org
        });
    if (!slots.length)
        throw (0,_fail_js__WEBPACK_IMPORTED_MODULE_0__/* .failAt */ .Y)(script.at, `${script.where}: scene ${sceneIndex} has no speech to edit: it has no \`scripts\` entries and no avatar clip with \`script.org\``);
    return slots;
}
/**
 * The `scripts` entry of an avatar: the one whose modelId (and clothId, to break a tie) is the avatar's model,
 * else the only entry of a scene with at most one avatar (the docs say scenes hold one). Entries are never
 * paired with avatars by position: a wrong guess would put words in the wrong mouth.
 */
function scriptEntry(scene, sceneIndex, clip, script) {
    const entries = scene.scripts ?? [];
    const model = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(clip?.model) ? clip.model : undefined;
    const aiName = typeof model?.ai_name === 'string' ? model.ai_name : undefined;
    const fix = `change it with a raw op under \`ops\` (path /scenes/${sceneIndex}/scripts/<k>/org)`;
    if (aiName) {
        let matches = entries.flatMap((entry, k) => (entry.modelId === aiName ? [k] : []));
        if (matches.length > 1 && typeof model?.emotion === 'string')
            matches = matches.filter(k => entries[k].clothId === model.emotion);
        if (matches.length === 1)
            return matches[0];
        if (matches.length > 1)
            throw (0,_fail_js__WEBPACK_IMPORTED_MODULE_0__/* .failAt */ .Y)(script.at, `${script.where}: scene ${sceneIndex} has ${matches.length} scripts entries for avatar model ${aiName} (entries ${matches.join(', ')}): ${fix}`);
    }
    const avatars = scene.clips.filter(each => each.type === 'aiModel').length;
    if (entries.length === 1 && avatars <= 1)
        return 0;
    const modelIds = entries.map(entry => entry.modelId ?? 'none').join(', ');
    throw (0,_fail_js__WEBPACK_IMPORTED_MODULE_0__/* .failAt */ .Y)(script.at, `${script.where}: cannot tell which of scene ${sceneIndex}'s ${entries.length} scripts entries (modelIds ${modelIds}) belongs to ${clip ? `avatar ${clip.id} (model ${aiName ?? 'unknown'})` : 'this script'}: ${fix}`);
}


/***/ }),

/***/ 30170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ spokenLength)
/* harmony export */ });
const ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' '
};
/**
 * The number of characters the avatar speaks: `org` may hold `<p>`/`<span>` markup, which is not spoken and
 * not billed as speech, and entities are one character each. Counted in code points, not UTF-16 units.
 */
function spokenLength(script) {
    const text = script
        .replace(/<[^>]*>/g, '')
        .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name) => {
        if (name[0] !== '#')
            return ENTITIES[name.toLowerCase()] ?? entity;
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    });
    return [...text].length;
}


/***/ }),

/***/ 16198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fi: () => (/* binding */ companionOutputs),
  Mz: () => (/* binding */ makeCompanions),
  Fb: () => (/* binding */ prepareCompanions)
});

// UNUSED EXPORTS: COMPANION_OUTPUTS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/shared/sha256-file.ts




/** Files are read back in pieces of this size: larger pieces did not hash a GiB any faster. */
const READ_BYTES = 1 << 20;
const readAt = (0,external_node_util_.promisify)(external_node_fs_.read);
/**
 * Feeds bytes `from`..`to` of an open file to `hash`, reading through `buffer`; returns the offset it reached,
 * short of `to` when the file ended first (it was truncated meanwhile).
 */
async function hashRange(fd, hash, from, to, buffer) {
    let at = from;
    while (at < to) {
        const { bytesRead } = await readAt(fd, buffer, 0, Math.min(buffer.length, to - at), at);
        if (bytesRead === 0)
            break;
        hash.update(buffer.subarray(0, bytesRead));
        at += bytesRead;
    }
    return at;
}
/** The SHA-256 (hex) and size of a whole file. */
async function sha256File(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const size = await hashRange(handle.fd, hash, 0, Number.MAX_SAFE_INTEGER, Buffer.allocUnsafe(READ_BYTES));
        return { sha256: hash.digest('hex'), size };
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/run/poster.ts






/** A frame takes ffmpeg well under a second: a hung ffmpeg must not hold the delivery up for long. */
const FFMPEG_MS = 60_000;
/** A seek to the very end finds no frame: the latest poster is this far before the end. */
const END_MARGIN_SECONDS = 0.5;
/** Whether ffmpeg is on the run's PATH, looked up once per run (a run's environment is its own object). */
const lookups = new WeakMap();
/** The poster frame: a JPEG of the video at `poster-time`, made with the ffmpeg on PATH. */
const posterMaker = {
    kind: { name: 'poster', label: 'Poster', suffix: '.jpg', contentType: 'image/jpeg' },
    async prepare(job, env, report) {
        const { mode, atSeconds } = job.poster;
        if (mode === 'false')
            return undefined;
        const first = !lookups.has(env);
        if (first)
            lookups.set(env, findOnPath('ffmpeg', env));
        const ffmpeg = await lookups.get(env);
        if (ffmpeg)
            return { ffmpeg, atSeconds, required: mode === 'true' };
        if (mode === 'true')
            throw new errors/* ActionError */.l('`poster` is true, but there is no ffmpeg on PATH: install it in an earlier step (docs/poster.md says how on each runner), or set `poster: auto`.', { input: 'poster' });
        if (first)
            (report.notice ?? report.log)('Poster: no ffmpeg on PATH, so no poster frame (poster: auto); docs/poster.md says how to install it.');
        return undefined;
    },
    recipe: (plan, duration) => `frame at ${posterTime(plan.atSeconds, duration).toFixed(3)} s`,
    async make(plan, { video, duration, dest }, signal, report) {
        const at = posterTime(plan.atSeconds, duration);
        const part = `${dest}.part`;
        try {
            await (0,external_node_util_.promisify)(external_node_child_process_.execFile)(plan.ffmpeg, ffmpegArgs(video, at, part), {
                signal,
                timeout: FFMPEG_MS,
                windowsHide: true
            });
            await checkJpeg(part);
            await promises_default().rename(part, dest);
            report.log(`Poster: the frame at ${at.toFixed(3)} s, ${external_node_path_default().basename(dest)}.`);
            return true;
        }
        catch (error) {
            await promises_default().rm(part, { force: true });
            if (signal.aborted)
                throw error;
            const why = reasonOf(error);
            if (plan.required)
                throw new errors/* ActionError */.l(`ffmpeg could not make the poster frame (poster: true): ${why}`, {
                    input: 'poster'
                });
            (report.notice ?? report.log)(`Poster: ffmpeg could not make the poster frame (${why}); delivering the video without it.`);
            return false;
        }
    }
};
/**
 * `poster-time`, within the video: a time past its end is taken `END_MARGIN_SECONDS` before the end (0 for a
 * shorter video).
 */
function posterTime(atSeconds, duration) {
    return Math.min(atSeconds, Math.max(0, duration - END_MARGIN_SECONDS));
}
/** One JPEG frame: a seek before the input (fast, to the key frame then decoded to the time), no prompt. */
function ffmpegArgs(video, at, out) {
    return [
        ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y'],
        ...['-ss', at.toFixed(3), '-i', video],
        ...['-frames:v', '1', '-c:v', 'mjpeg', '-q:v', '2', '-update', '1', '-f', 'image2', out]
    ];
}
/** A JPEG starts with SOI (FF D8) and ends with EOI (FF D9): anything else is not published. */
async function checkJpeg(file) {
    const bytes = await promises_default().readFile(file);
    const n = bytes.length;
    if (n < 4 ||
        bytes[0] !== 0xff ||
        bytes[1] !== 0xd8 ||
        bytes[n - 2] !== 0xff ||
        bytes[n - 1] !== 0xd9)
        throw new Error(`it wrote ${n} bytes that are not a JPEG`);
}
/** ffmpeg's own last line says why; else the spawn's error (ENOENT, a timeout). */
function reasonOf(error) {
    const stderr = error.stderr;
    const last = typeof stderr === 'string' ? stderr.trim().split('\n').pop()?.trim() : undefined;
    return last || (0,errors/* messageOf */.b)(error);
}
/** An executable file named `command` in a directory of PATH (`.exe` on Windows), absolute. */
async function findOnPath(command, env) {
    // On Windows the variable may be `Path`, and a copied environment is not case-insensitive.
    const pathValue = Object.entries(env).find(([name]) => name.toUpperCase() === 'PATH')?.[1] ?? '';
    const file = process.platform === 'win32' ? `${command}.exe` : command;
    for (const dir of pathValue.split((external_node_path_default()).delimiter).filter(Boolean)) {
        const candidate = external_node_path_default().resolve(dir, file);
        const usable = await promises_default().access(candidate, external_node_fs_.constants.X_OK)
            .then(() => promises_default().stat(candidate))
            .then(stat => stat.isFile())
            .catch(() => false);
        if (usable)
            return candidate;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/run/companions.ts




/** Every companion, in delivery order. */
const MAKERS = [posterMaker];
/** The outputs of the companions, set (empty when not made) with the video's. */
const COMPANION_OUTPUTS = MAKERS.flatMap(({ kind }) => [
    `${kind.name}-path`,
    `${kind.name}-url`
]);
/** Each companion this video will have, decided before any export. */
async function prepareCompanions(job, env, report) {
    const planned = [];
    for (const maker of MAKERS) {
        const plan = await maker.prepare(job, env, report);
        if (plan !== undefined)
            planned.push({ maker, plan });
    }
    return planned;
}
/**
 * Each planned companion beside the verified video (`<video><suffix>`): the cached one when it was made the
 * same way, else made now. A companion that could not be made (and is not required) is left out.
 */
async function makeCompanions(planned, video, duration, cached, signal, report) {
    const made = [];
    for (const { maker, plan } of planned) {
        const { kind } = maker;
        const dest = video.path + kind.suffix;
        const recipe = maker.recipe(plan, duration);
        // A file of an earlier run is never taken for this one's.
        await promises_default().rm(dest, { force: true });
        const hit = cached.find(each => each.name === kind.name && each.recipe === recipe);
        if (hit) {
            await promises_default().copyFile(hit.path, dest);
            report.log(`Cache: reusing the ${kind.name} (${external_node_path_default().basename(dest)}).`);
        }
        else if (!(await maker.make(plan, { video: video.path, duration, dest }, signal, report)))
            continue;
        made.push({ ...(await sha256File(dest)), path: dest, kind, recipe });
    }
    return made;
}
/** A delivered video's companion outputs, by output name; empty for one not made or not delivered. */
function companionOutputs(companions, delivered) {
    return Object.fromEntries(MAKERS.flatMap(({ kind: { name } }) => [
        [`${name}-path`, companions.find(each => each.name === name)?.path ?? ''],
        [`${name}-url`, delivered[`${name}-url`] ?? '']
    ]));
}


/***/ }),

/***/ 36338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ formatSize),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** For log lines and messages: "300.0 KiB", "2.1 GiB". */
function formatBytes(bytes) {
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit < 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
/** For a size beside a limit: whole units where they are exact ("1 MiB", "2.5 MiB"), KiB rounded up. */
function formatSize(bytes) {
    if (bytes < 1024 * 1024)
        return `${Math.ceil(bytes / 1024)} KiB`;
    const mib = bytes / 1024 / 1024;
    return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}


/***/ }),

/***/ 79774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ checkOutputPath),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   kc: () => (/* binding */ FileProblem),
/* harmony export */   oT: () => (/* binding */ removeStaleParts),
/* harmony export */   q0: () => (/* binding */ describe)
/* harmony export */ });
/* unused harmony exports realPathOf, realPathInside, resolveInWorkspace */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58382);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36338);





/** Why a file could not be used, in words that complete "<file> …". */
class FileProblem extends Error {
    constructor(message) {
        super(message);
        this.name = 'FileProblem';
    }
}
/** A path as messages show it: relative to the workspace, with forward slashes; as given when outside it. */
function displayPath(workspace, file) {
    return isInside(workspace, file) ? node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, file).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') : file;
}
function isInside(dir, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(dir, file);
    return (relative !== '' &&
        relative !== '..' &&
        !relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) &&
        !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative));
}
/**
 * The real path of `file`, which may not exist yet: the deepest existing ancestor is resolved (every
 * symlinked folder on the way, and the file itself when it exists) and the missing rest appended.
 */
async function realPathOf(file) {
    const missing = [];
    let candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file);
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(candidate), ...missing.reverse());
        }
        catch (error) {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(candidate);
            if (codeOf(error) !== 'ENOENT' || parent === candidate)
                throw new FileProblem(describe(error));
            missing.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(candidate));
            candidate = parent;
        }
    }
}
/** The real path of a file the user named, refused unless it is inside the workspace's real path. */
async function realPathInside(workspace, file) {
    const real = await realPathOf(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, file));
    const realWorkspace = await realPathOf(workspace);
    if (!isInside(realWorkspace, real)) {
        throw new FileProblem(real === node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, file)
            ? 'is outside the workspace: use a path inside the repository'
            : 'resolves (through a symlink) to a place outside the workspace: use a path inside the repository');
    }
    return real;
}
/**
 * Reads a regular file of at most `maxBytes`. Opened without blocking (a FIFO cannot hold the run), then
 * checked on the handle itself, so the file that is read is the file that was checked.
 */
async function readRegularFile(file, maxBytes) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK).catch((error) => {
        throw new FileProblem(describe(error));
    });
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new FileProblem('is a directory, not a file');
        if (!info.isFile())
            throw new FileProblem(NOT_A_FILE);
        if (info.size > maxBytes) {
            throw new FileProblem(`is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSize */ .X)(info.size)}: it may be at most ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSize */ .X)(maxBytes)}`);
        }
        const bytes = await handle.readFile();
        if (bytes.length > maxBytes)
            throw new FileProblem(`grew past ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSize */ .X)(maxBytes)} while it was read`);
        return bytes;
    }
    finally {
        await handle.close();
    }
}
/** `resolveInWorkspace` with the error told as an `ActionError` about `what`. */
async function resolveInWorkspace(workspace, userPath, what) {
    return asActionError(what, userPath, () => realPathInside(workspace, userPath));
}
/**
 * Where the video will be written, checked before anything is spent: inside the workspace by its real
 * path, and not an existing directory (which would only fail after the render).
 */
async function checkOutputPath(workspace, dest) {
    const what = { name: 'Input `output-path`', details: { input: 'output-path' } };
    const real = await resolveInWorkspace(workspace, dest, what);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real).catch(() => undefined);
    if (info?.isDirectory()) {
        const shown = displayPath(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, dest));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`${what.name} ${shown} is an existing directory: name the file, e.g. ${shown}/video.mp4`, what.details);
    }
    return real;
}
/**
 * Removes the temporary files (`.<name>.<hex>.part`) that a killed earlier run left beside `dest`:
 * each run downloads into a fresh one, so no one else will ever finish them.
 */
async function removeStaleParts(dest) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dest);
    const prefix = `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(dest)}.`;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => []);
    const stale = names.filter(name => name.startsWith(prefix) && /^[0-9a-f]+\.part$/.test(name.slice(prefix.length)));
    const removed = [];
    for (const name of stale) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined);
        if (!info?.isFile())
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
        removed.push(file);
    }
    return removed;
}
async function asActionError(what, file, work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof FileProblem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`${what.name} ${file} ${error.message}`, what.details);
        throw error;
    }
}
const NOT_A_FILE = 'is not a regular file (a pipe, socket or device): point it at a file';
function codeOf(error) {
    return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
function describe(error) {
    const code = codeOf(error);
    if (code === 'ENOENT')
        return 'does not exist: check the path, and that the file is committed';
    if (code === 'EISDIR')
        return 'is a directory, not a file';
    if (code === 'EACCES')
        return 'cannot be read: permission denied';
    // Opening a socket fails before the handle could be checked.
    if (code === 'ENXIO' || code === 'ENODEV')
        return NOT_A_FILE;
    if (code === 'ELOOP')
        return 'is a symlink loop: point it at a file';
    return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}


/***/ })

};

//# sourceMappingURL=406.index.js.map