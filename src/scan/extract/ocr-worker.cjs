// tesseract.js's own worker script, with its console silenced first: leptonica's messages
// (« Error in pixReadStream… » on a damaged image) would otherwise reach the scan's output.
for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[level] = () => {};
require('tesseract.js/src/worker-script/node/index.js');
