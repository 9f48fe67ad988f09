#!/usr/bin/env python3
"""Writes the hostile and unlucky inputs of issue 19 (F1, F2, F3, F6) as input folders, for
`benchmarks/run.sh hostile`, which times them with /usr/bin/time against a clean file of the
same size. Deterministic: the same command writes the same bytes.

    benchmarks/hostile_inputs.py OUT_DIR
    benchmarks/hostile_inputs.py --record-ids FILE   (the test fixture of F2's ids)

Each folder holds a small register (sites.csv) and one meetings log:

  quoted-breaks   10 MB: a 主题 cell holding a pasted list of 800,000 short lines inside one
                  quoted field, between ordinary rows, so every part cut of the parallel reader
                  falls inside it (F1)
  cr-only         about 77 MB: 1,000,000 ordinary rows ended by a lone CR (old Mac line ends)
  lf-clean        the same rows ended by LF: the clean file of the same size, for comparison
  colliding-ids   2,000 rows whose record ids (16 printable ASCII bytes) all have one 64-bit hash
                  under the reader's former unkeyed record_id hash (F2)
  huge-counts     two meeting rows and two training rows with 9223372036854775807 attendees and
                  participants, the input that used to trap (F3)
  many-files      70,000 one-row meetings files (F6: a file number that used to be 16 bits)
"""
import os
import sys

HEADER = "日期,单位编码,会议类型,实到人数,应到人数,主题,记录编号"
TYPES = ["支委会", "党小组会", "主题党日", "支部党员大会", "组织生活会"]
SITES = ["S0001", "S0002", "S0003", "S0004", "S0005"]
MASK = (1 << 64) - 1


def write(path: str, text: str, newline: str = "\n") -> None:
    with open(path, "wb") as f:
        f.write(("\ufeff" + text.replace("\n", newline)).encode("utf-8"))


def sites(folder: str) -> None:
    os.makedirs(folder, exist_ok=True)
    rows = ["单位编码,单位名称,城乡,办学性质,学段,党员数,党支部数", "JYJ,教育局,城区,公办,机关,40,2"]
    rows += [f"{s},第{i + 1}小学,{'城区' if i % 2 else '农村'},公办,小学,20,1" for i, s in enumerate(SITES)]
    write(f"{folder}/sites.csv", "\n".join(rows) + "\n")


def row(i: int) -> str:
    return (f"2017-{i % 12 + 1:02d}-{i % 28 + 1:02d},{SITES[i % 5]},{TYPES[i % 5]},"
            f"{5 + i % 7},12,学习贯彻党的二十大精神,M2017-{i:07d}")


def quoted_breaks(out: str) -> None:
    folder = f"{out}/quoted-breaks"
    sites(folder)
    lines = [HEADER] + [row(i) for i in range(100)]
    pasted = "\n".join(f"第{i}项" for i in range(800_000))
    lines.append(f'2017-06-01,S0001,支委会,5,6,"{pasted}",M-LIST')
    lines += [row(i) for i in range(100, 200)]
    write(f"{folder}/meetings.csv", "\n".join(lines) + "\n")


def plain_rows(out: str, name: str, newline: str) -> None:
    folder = f"{out}/{name}"
    sites(folder)
    with open(f"{folder}/meetings.csv", "wb") as f:
        f.write(("\ufeff" + HEADER + newline).encode("utf-8"))
        for start in range(0, 1_000_000, 10_000):
            f.write("".join(row(i) + newline for i in range(start, start + 10_000)).encode("utf-8"))


def former_hash(data: bytes) -> int:
    """The record_id hash before issue 19 (ByteHash.hash64 without a key), for 16-byte ids."""
    h = 0x9E3779B97F4A7C15 ^ len(data)
    for i in range(0, len(data), 8):
        h = ((h ^ int.from_bytes(data[i:i + 8], "little")) * 0xBF58476D1CE4E5B9) & MASK
        h ^= h >> 31
    return h


def base36(n: int, width: int) -> bytes:
    digits = b"0123456789abcdefghijklmnopqrstuvwxyz"
    out = bytearray()
    for _ in range(width):
        n, d = divmod(n, 36)
        out.append(digits[d])
    return bytes(reversed(out))


def former_hash_collisions(count: int = 2_000) -> list:
    """Ids of two 8-byte words: the first counts up, the second is solved so that the state
    after it — and so the hash — is the first id's. The step is invertible: undo `h ^= h >> 31`,
    multiply by the inverse of the odd constant, and xor out the state before the word."""
    multiplier_inverse = pow(0xBF58476D1CE4E5B9, -1, 1 << 64)
    allowed = set(range(0x21, 0x7F)) - {ord('"'), ord(",")}
    start = (0x9E3779B97F4A7C15 ^ 16) & MASK

    def after_first(word: bytes) -> int:
        h = ((start ^ int.from_bytes(word, "little")) * 0xBF58476D1CE4E5B9) & MASK
        return h ^ (h >> 31)

    first = b"R" + base36(0, 7) + b"collide!"
    state = after_first(first[:8])
    target = ((state ^ int.from_bytes(first[8:], "little")) * 0xBF58476D1CE4E5B9) & MASK
    target ^= target >> 31
    y = target ^ (target >> 31) ^ (target >> 62)
    x = (y * multiplier_inverse) & MASK
    ids = [first]
    n = 0
    while len(ids) < count:
        n += 1
        word = b"R" + base36(n, 7)
        second = (after_first(word) ^ x).to_bytes(8, "little")
        if all(b in allowed for b in second):
            ids.append(word + second)
    assert len({former_hash(i) for i in ids}) == 1
    return ids


def colliding_ids(out: str) -> None:
    folder = f"{out}/colliding-ids"
    sites(folder)
    lines = [HEADER] + [f"2017-03-{i % 28 + 1:02d},{SITES[i % 5]},支委会,5,6,,{ident.decode()}"
                        for i, ident in enumerate(former_hash_collisions())]
    write(f"{folder}/meetings.csv", "\n".join(lines) + "\n")


def huge_counts(out: str) -> None:
    folder = f"{out}/huge-counts"
    sites(folder)
    big = "9223372036854775807"
    write(f"{folder}/meetings.csv", "\n".join([HEADER, f"2017-03-01,S0001,支委会,{big},{big},,A1",
                                               f"2017-03-02,S0001,支委会,{big},{big},,A2"]) + "\n")
    write(f"{folder}/trainings.csv", "\n".join(["培训编号,开始日期,单位编码,参训人数,学时",
                                                f"T1,2017-03-01,S0001,{big},2", f"T2,2017-03-02,S0001,{big},2"]) + "\n")


def many_files(out: str, count: int = 70_000) -> None:
    folder = f"{out}/many-files"
    sites(folder)
    for i in range(count):
        write(f"{folder}/meetings-{i:05d}.csv", HEADER + "\n" + row(i) + "\n")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--record-ids":
        # Tests/Fixtures/record-ids/colliding-under-former-hash.txt
        with open(sys.argv[2], "wb") as f:
            f.write(b"".join(i + b"\n" for i in former_hash_collisions()))
        return
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    quoted_breaks(out)
    plain_rows(out, "cr-only", "\r")
    plain_rows(out, "lf-clean", "\n")
    colliding_ids(out)
    huge_counts(out)
    many_files(out)


if __name__ == "__main__":
    main()
