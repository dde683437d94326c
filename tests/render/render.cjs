// Renders ZPL with zebrash (zpl-renderer-js): one JSON request a line on stdin
// ({"zpl", "width_mm", "height_mm", "dpmm"}), one JSON answer a line on stdout ({"png"} as
// base64, or {"error"}). One process for many labels: the WASM loads once (~8 MB).
const readline = require("node:readline");
const { ready } = require("zpl-renderer-js");

async function main() {
  const { api } = await ready;
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let answer;
    try {
      const job = JSON.parse(line);
      const png = await api.zplToBase64Async(job.zpl, job.width_mm, job.height_mm, job.dpmm);
      answer = { png };
    } catch (error) {
      answer = { error: String(error && error.message ? error.message : error) };
    }
    process.stdout.write(JSON.stringify(answer) + "\n");
  }
}

main().catch((error) => {
  process.stderr.write(String(error) + "\n");
  process.exit(1);
});
