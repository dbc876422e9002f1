// Embedding vectors as this package keeps them: Float32Array scaled to length
// 1 (so a dot product is a cosine), stored in MySQL as little-endian bytes.

/** The vector scaled to length 1 (a zero vector stays zero). */
export function normalised(values: ArrayLike<number>): Float32Array {
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i]! * values[i]!;
  const length = Math.sqrt(sum);
  const vector = new Float32Array(values.length);
  if (length === 0) return vector;
  for (let i = 0; i < values.length; i += 1) vector[i] = values[i]! / length;
  return vector;
}

/** Cosine of two vectors of length 1; 0 when their dimensions differ. */
export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  let dot = 0;
  for (let i = 0; i < a.length; i += 1) dot += a[i]! * b[i]!;
  return dot;
}

export function toBytes(vector: Float32Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(vector.length * 4));
  const view = new DataView(bytes.buffer);
  vector.forEach((value, i) => view.setFloat32(i * 4, value, true));
  return bytes;
}

export function fromBytes(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const vector = new Float32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < vector.length; i += 1) vector[i] = view.getFloat32(i * 4, true);
  return vector;
}
