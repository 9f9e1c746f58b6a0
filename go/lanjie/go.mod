module lanjie.dev/lanjie

go 1.19
