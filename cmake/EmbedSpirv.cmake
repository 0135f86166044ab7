# Writes the SPIR-V binary ${SPV} as a uint32_t array named spirv_${IDENT} into ${OUT}.
file(READ "${SPV}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR word_count "${hex_len} / 8")
# SPIR-V is little-endian 32-bit words: reverse the byte order of each 8-hex-digit group.
string(REGEX REPLACE "(..)(..)(..)(..)" "0x\\4\\3\\2\\1u," words "${hex}")
string(REGEX REPLACE "(([^,]*,){8})" "\\1\n  " words "${words}")
file(WRITE "${OUT}.tmp" "// Generated from ${SPV}\n#include <cstddef>\n#include <cstdint>\nnamespace follicle::shaders {\n"
     "extern const std::uint32_t spirv_${IDENT}[] = {\n  ${words}\n};\n"
     "extern const std::size_t spirv_${IDENT}_size = ${word_count};\n}\n")
file(RENAME "${OUT}.tmp" "${OUT}")
