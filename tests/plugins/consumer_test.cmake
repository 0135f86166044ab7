# The external consumer test (cmake -P): installs the C ABI from the build into a folder of the build, builds
# tests/plugins/consumer against that install with find_package(Follicle), checks follicle.pc, and runs the
# example host on a picture with the validation layer on.
#   -DBUILD_DIR=<Follicle build> -DCONSUMER_DIR=<tests/plugins/consumer> -DEXAMPLE=<tools/examples/composite.c>
#   -DPHOTO=<a PNG> -DWORK_DIR=<scratch folder>
foreach(var BUILD_DIR CONSUMER_DIR EXAMPLE PHOTO WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "consumer_test.cmake: -D${var}=... is required")
  endif()
endforeach()

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${what} failed (${result}):\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

set(prefix "${WORK_DIR}/prefix")
file(REMOVE_RECURSE "${WORK_DIR}")
run("installing the C ABI" "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --component capi --prefix "${prefix}")
run("configuring the consumer" "${CMAKE_COMMAND}" -S "${CONSUMER_DIR}" -B "${WORK_DIR}/build" -G Ninja
    "-DCMAKE_PREFIX_PATH=${prefix}" "-DFOLLICLE_EXAMPLE_SOURCE=${EXAMPLE}")
run("building the consumer" "${CMAKE_COMMAND}" --build "${WORK_DIR}/build")

# The installed library, not the build's, is the one the consumer runs with.
run("listing the consumer's libraries" ldd "${WORK_DIR}/build/composite")
if(NOT run_output MATCHES "libfollicle\\.so\\.0 => ${prefix}/")
  message(FATAL_ERROR "the consumer does not load the installed libfollicle.so.0:\n${run_output}")
endif()

file(GLOB_RECURSE pc_files "${prefix}/*/follicle.pc")
list(GET pc_files 0 pc_file)
get_filename_component(pc_dir "${pc_file}" DIRECTORY)
set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
run("pkg-config" pkg-config --cflags --libs follicle)
if(NOT run_output MATCHES "-lfollicle" OR NOT run_output MATCHES "-I")
  message(FATAL_ERROR "pkg-config follicle gave: ${run_output}")
endif()

set(ENV{FOLLICLE_VALIDATION} 1)
run("the example host" "${WORK_DIR}/build/composite" --in "${PHOTO}" --out "${WORK_DIR}/composited.png"
    --preset norwood-3 --rvec -2.44,0,0 --tvec 0,0,600)
file(SIZE "${WORK_DIR}/composited.png" size)
file(SHA256 "${PHOTO}" before)
file(SHA256 "${WORK_DIR}/composited.png" after)
if(size EQUAL 0 OR before STREQUAL after)
  message(FATAL_ERROR "the example host wrote no composited picture")
endif()
message(STATUS "consumer: ${run_output}")
