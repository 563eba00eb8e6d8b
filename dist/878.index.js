export const id = 878;
export const ids = [878];
export const modules = {

/***/ 45497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullRequestOf: () => (/* binding */ pullRequestOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78451);


const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * The pull request of a `pull_request` or `pull_request_target` run, from the event payload; undefined for
 * any other event. Throws when the run claims such an event but its payload does not name the pull request.
 */
async function pullRequestOf(env) {
    if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const payload = env.GITHUB_EVENT_PATH
        ? JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(env.GITHUB_EVENT_PATH, 'utf8'))
        : undefined;
    const pull = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(payload) ? payload.pull_request : undefined;
    const number = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(pull) ? pull.number : (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u)(payload) ? payload.number : undefined;
    if (!owner || !repo || typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
        throw new Error(`the ${env.GITHUB_EVENT_NAME} event payload (GITHUB_EVENT_PATH) names no pull request number, or GITHUB_REPOSITORY ("${env.GITHUB_REPOSITORY ?? ''}") is not owner/repo`);
    return { owner, repo, number };
}


/***/ })

};

//# sourceMappingURL=878.index.js.map