/**
 * Which of a few families of patterns a text can hold, from their gates (substrings one of which is in any text a
 * family matches): one walk over the text's code units with a table read at each, instead of one search of the whole
 * text per gate. Family k's answer is the bit 1 << k (at most 31 families).
 */
export class SubstringGates {
  /** The families with a gate starting with each pair of code units (each folded to seven bits). */
  private readonly bySlot = new Int32Array(1 << 14);
  private readonly gatesAt: Array<Array<{ gate: string; bit: number }> | undefined> = [];
  private readonly all: number;

  constructor(gates: ReadonlyArray<readonly string[]>) {
    if (gates.length > 31) throw new Error('SubstringGates holds at most 31 families');
    this.all = gates.length === 31 ? 0x7fffffff : (1 << gates.length) - 1;
    for (let k = 0; k < gates.length; k++) {
      for (const gate of gates[k]!) {
        if (gate.length < 2) throw new Error(`a gate needs two characters: "${gate}"`);
        const slot = slotOf(gate.charCodeAt(0), gate.charCodeAt(1));
        this.bySlot[slot]! |= 1 << k;
        this.gatesAt[slot] ??= [];
        this.gatesAt[slot]!.push({ gate, bit: 1 << k });
      }
    }
  }

  /** The families with a gate in text, as bits. */
  in(text: string): number {
    let found = 0;
    let next = text.length > 0 ? text.charCodeAt(0) : 0;
    for (let i = 0; i + 1 < text.length; i++) {
      const c = next;
      next = text.charCodeAt(i + 1);
      const slot = slotOf(c, next);
      if ((this.bySlot[slot]! & ~found) === 0) continue;
      for (const { gate, bit } of this.gatesAt[slot]!) {
        if ((found & bit) === 0 && text.startsWith(gate, i)) found |= bit;
      }
      if (found === this.all) break;
    }
    return found;
  }
}

const slotOf = (a: number, b: number): number => ((a & 0x7f) << 7) | (b & 0x7f);
