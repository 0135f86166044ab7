# One place for the compiler's warning set, applied per target so that third-party headers stay quiet.
function(follicle_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
                                           -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wnull-dereference)
  if(FOLLICLE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
