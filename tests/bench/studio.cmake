# studio_bench: follicle-studio's UI frame time at 1280x800 with a 60k-dot design and the time from a hairline
# drag to the picture that shows it, measured by the studio itself (--stats) under Xvfb. Figures go to
# docs/PERFORMANCE.md; only a smoke run is in ctest.
if(TARGET follicle-studio)
  add_executable(studio_bench ${CMAKE_CURRENT_LIST_DIR}/studio_bench.cpp)
  target_link_libraries(studio_bench PRIVATE follicle::engine nlohmann_json::nlohmann_json)
  target_compile_definitions(studio_bench PRIVATE FOLLICLE_STUDIO_PATH="$<TARGET_FILE:follicle-studio>")
  follicle_warnings(studio_bench)
  add_dependencies(studio_bench follicle-studio)
  add_test(NAME studio_bench.smoke COMMAND studio_bench --density 40 --drags 1 --idle-frames 5)
  set_tests_properties(studio_bench.smoke PROPERTIES RESOURCE_LOCK xvfb)  # see tests/studio/CMakeLists.txt
endif()
