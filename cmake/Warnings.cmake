# One place for the compiler's warning set, applied per target so that third-party headers stay quiet.
# -Wnull-dereference is left out: with GCC 12 at -O2 it reports false positives inside libstdc++ (vector
# insertion, CLI11), which warnings-as-errors would turn into failed builds.
function(follicle_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
                                           -Wcast-align
                                           $<$<COMPILE_LANGUAGE:CXX>:-Wnon-virtual-dtor -Wold-style-cast>)
  if(FOLLICLE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
