module example.org/errdocs/clients/go

go 1.19
