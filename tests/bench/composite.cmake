# follicle_composite_bench: the C ABI's composite latency (composite_bench.cpp). Only a smoke run is in ctest.
if(TARGET follicle_capi)
  add_executable(follicle_composite_bench "${CMAKE_CURRENT_LIST_DIR}/composite_bench.cpp")
  target_link_libraries(follicle_composite_bench PRIVATE follicle_capi benchmark::benchmark)
  follicle_warnings(follicle_composite_bench)
  add_test(NAME follicle_composite_bench.smoke
           COMMAND follicle_composite_bench --benchmark_min_time=0.01 --benchmark_filter=^Overlay/320/180)
endif()
