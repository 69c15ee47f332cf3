// SHA-256's block function in V8 two ways: as TeaVM writes core's PortableSha256.compress (copied from
// an unminified engine build) and as a hand-written loop with the message schedule made first; one
// million blocks each, five alternating rounds, ms (ns per block). A measurement tool for issue 18
// (BENCHMARKS.md, session 44), not a test.
//
//   node benchmarks/browser/sha-compress.mjs
//
// Before timing, both digest "abc" (one padded block) and must give node:crypto's SHA-256.
import { createHash } from "node:crypto";
const K = new Int32Array([0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
const $k = { data: K };
const $this = { $state1: { data: new Int32Array(8) } };
const W = { data: new Int32Array(64) };
// as TeaVM writes PortableSha256.compress
const compressA = ($this, $w) => {
    let $state, $a, $b, $c, $d, $e, $f, $g, $h, $t, $wt, var$14, $x, $y, $s0, $s1, $t1, $t2;
    $state = $this.$state1.data;
    $a = $state[0]; $b = $state[1]; $c = $state[2]; $d = $state[3]; $e = $state[4]; $f = $state[5]; $g = $state[6]; $h = $state[7];
    $t = 0;
    while ($t < 64) {
        if ($t < 16)
            $wt = $w.data[$t];
        else {
            var$14 = $w.data;
            $x = var$14[$t - 15 | 0];
            $y = var$14[$t - 2 | 0];
            $s0 = (($x >>> 7 | 0) | $x << 25) ^ (($x >>> 18 | 0) | $x << 14) ^ ($x >>> 3 | 0);
            $s1 = (($y >>> 17 | 0) | $y << 15) ^ (($y >>> 19 | 0) | $y << 13) ^ ($y >>> 10 | 0);
            $wt = ((var$14[$t - 16 | 0] + $s0 | 0) + var$14[$t - 7 | 0] | 0) + $s1 | 0;
            var$14[$t] = $wt;
        }
        var$14 = $k.data;
        $t1 = ((($h + ((($e >>> 6 | 0) | $e << 26) ^ (($e >>> 11 | 0) | $e << 21) ^ (($e >>> 25 | 0) | $e << 7)) | 0) + ($g ^ $e & ($f ^ $g)) | 0) + var$14[$t] | 0) + $wt | 0;
        $t2 = ((($a >>> 2 | 0) | $a << 30) ^ (($a >>> 13 | 0) | $a << 19) ^ (($a >>> 22 | 0) | $a << 10)) + ($a & $b ^ $c & ($a ^ $b)) | 0;
        $s0 = $d + $t1 | 0; $t2 = $t1 + $t2 | 0; $t = $t + 1 | 0;
        $h = $g; $g = $f; $f = $e; $e = $s0; $d = $c; $c = $b; $b = $a; $a = $t2;
    }
    $state[0] = $state[0] + $a | 0; $state[1] = $state[1] + $b | 0; $state[2] = $state[2] + $c | 0; $state[3] = $state[3] + $d | 0;
    $state[4] = $state[4] + $e | 0; $state[5] = $state[5] + $f | 0; $state[6] = $state[6] + $g | 0; $state[7] = $state[7] + $h | 0;
};
// schedule first, then 64 rounds with the arrays in locals
const compressB = ($this, $w) => {
    const w = $w.data, k = K, st = $this.$state1.data;
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15], y = w[t - 2];
      w[t] = (w[t - 16] + ((x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ (x >>> 3)) | 0) + (w[t - 7] + ((y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ (y >>> 10)) | 0) | 0;
    }
    let a = st[0], b = st[1], c = st[2], d = st[3], e = st[4], f = st[5], g = st[6], h = st[7];
    for (let t = 0; t < 64; t++) {
      const t1 = (h + ((e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7)) | 0) + ((g ^ e & (f ^ g)) + (k[t] + w[t] | 0) | 0) | 0;
      const t2 = ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + (a & b ^ c & (a ^ b)) | 0;
      h = g; g = f; f = e; e = d + t1 | 0; d = c; c = b; b = a; a = t1 + t2 | 0;
    }
    st[0] = st[0] + a | 0; st[1] = st[1] + b | 0; st[2] = st[2] + c | 0; st[3] = st[3] + d | 0;
    st[4] = st[4] + e | 0; st[5] = st[5] + f | 0; st[6] = st[6] + g | 0; st[7] = st[7] + h | 0;
};
// both are SHA-256's block function: the digest of "abc" from the initial state, as node:crypto's
const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
  0x5be0cd19];
for (const [name, fn] of [["teavm", compressA], ["hand-written", compressB]]) {
  const st = $this.$state1.data;
  st.set(IV);
  W.data.fill(0);
  W.data[0] = 0x61626380; // "abc", then the padding's 1 bit
  W.data[15] = 24; // the message's length in bits
  fn($this, W);
  const hex = [...st].map((v) => (v >>> 0).toString(16).padStart(8, "0")).join("");
  const expected = createHash("sha256").update("abc").digest("hex");
  if (hex !== expected) throw new Error(`${name}: ${hex}, not SHA-256's ${expected}`);
}
function run(fn) {
  const t = performance.now();
  for (let i = 0; i < 1000000; i++) { const w = W.data; for (let j = 0; j < 16; j++) w[j] = i + j; fn($this, W); }
  return Math.round(performance.now() - t);
}
for (let r = 0; r < 5; r++) console.log(`teavm ${run(compressA)} ms, hand-written ${run(compressB)} ms`);
