export const id = 372;
export const ids = [372];
export const modules = {

/***/ 82372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exitCodeOf: () => (/* binding */ exitCodeOf),
/* harmony export */   oneLine: () => (/* binding */ oneLine)
/* harmony export */ });
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27485);

/** 2 for a usage error (including missing credentials), 1 for any other failure. */
function exitCodeOf(error) {
    return error instanceof _usage_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb ? 2 : 1;
}
/** A failure as one line: the messages of the rooms are one line already; others are folded. */
function oneLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/\s*\n\s*/g, ' ').trim();
}


/***/ })

};
